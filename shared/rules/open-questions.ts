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
