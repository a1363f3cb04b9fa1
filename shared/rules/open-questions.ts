/**
 * Questions the minute-taker left in the notes for after the meeting. Minutes mark them in
 * words ("Democratic process clarify after meeting Gerard Watson?", seed 000) or explicitly
 * ("Question: who approves spending over £70k?"). A line merely ending in "?" is not enough:
 * minutes record many questions that were answered in the room.
 */
export interface MinutesBlock {
  itemId: string;
  /** One paragraph, heading or list item's text. */
  text: string;
}

export interface OpenQuestion {
  itemId: string;
  text: string;
}

const CLARIFY = /\bclarify\b/i;
const QUESTION_PREFIX = /^question\s*:/i;

export function isOpenQuestion(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return false;
  if (CLARIFY.test(line)) return true;
  return QUESTION_PREFIX.test(line) && line.endsWith('?');
}

/** The open questions among `blocks`, in the order given, each line once per item. */
export function findOpenQuestions(blocks: readonly MinutesBlock[]): OpenQuestion[] {
  const seen = new Set<string>();
  const questions: OpenQuestion[] = [];
  for (const block of blocks) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    const key = `${block.itemId}\u0000${text.toLowerCase()}`;
    if (!isOpenQuestion(text) || seen.has(key)) continue;
    seen.add(key);
    questions.push({ itemId: block.itemId, text });
  }
  return questions;
}

/** The question without its "Question:" label, for a line that already says it is one. */
export function withoutQuestionLabel(text: string): string {
  return text.replace(QUESTION_PREFIX, '').trim() || text;
}

/** One entry of an item's open questions, whether found in the text or marked by hand. */
export interface ItemQuestion {
  text: string;
  resolved: boolean;
  /** Found in the item's minutes by the rule above (it may also have been marked). */
  inMinutes: boolean;
}

/**
 * An item's open questions: those found in its minutes, in the order written, then those
 * marked by hand and not found. A question found in the text and resolved is kept as a
 * marked entry with the same text (setQuestionResolved), so the two are matched by text,
 * ignoring case. The order does not change when one is resolved, so a ticked box stays put.
 */
export function itemQuestions(
  marked: readonly { text: string; resolved: boolean }[],
  found: readonly string[],
): ItemQuestion[] {
  const byText = new Map(marked.map((note) => [note.text.toLowerCase(), note]));
  // Each text once: two devices may have marked or resolved the same line offline.
  const seen = new Set<string>();
  const entries: ItemQuestion[] = [];
  const add = (text: string, inMinutes: boolean) => {
    const key = text.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ text, resolved: byText.get(key)?.resolved ?? false, inMinutes });
  };
  for (const text of found) add(text, true);
  for (const note of marked) add(note.text, false);
  return entries;
}
