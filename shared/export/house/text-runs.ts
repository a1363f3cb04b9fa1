import { ExternalHyperlink, Tab, TextRun, type ParagraphChild } from 'docx';
import { isAllowedLinkUrl } from '../../rules/link-url';
import type { Inline } from '../rich-text-data';
import { xmlSafe } from './xml-safe';

/**
 * Text as Word runs. A line feed in a w:t is not a line break to Word (it shows a space), and
 * a tab character is not a tab, so both become the elements Word means by them.
 */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  style?: string;
  /** In half-points. */
  size?: number;
}

const LINE_BREAK = /\r\n|\r|\n/;

function segmentRun(segment: string, format: RunFormat, breakBefore: boolean): TextRun {
  const options = { ...format, ...(breakBefore ? { break: 1 } : {}) };
  if (!segment.includes('\t')) return new TextRun({ ...options, text: segment });
  const children: (string | Tab)[] = [];
  segment.split('\t').forEach((part, index) => {
    if (index > 0) children.push(new Tab());
    if (part) children.push(part);
  });
  return new TextRun({ ...options, children });
}

/** Plain text (a decision, a name, a title) as runs, keeping its line breaks and tabs. */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  const safe = xmlSafe(text);
  if (!LINE_BREAK.test(safe) && !safe.includes('\t'))
    return [new TextRun({ ...format, text: safe })];
  return safe.split(LINE_BREAK).map((line, index) => segmentRun(line, format, index > 0));
}

/** The editor's inlines: bold, italic, links and hard line breaks carry over. */
export function inlineRuns(inlines: readonly Inline[]): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const inline of inlines) {
    if (inline.break) {
      children.push(new TextRun({ break: 1 }));
      continue;
    }
    const format: RunFormat = {};
    if (inline.bold) format.bold = true;
    if (inline.italic) format.italics = true;
    // Only web and email links leave the laptop in a file (see rules/link-url); anything
    // else that slipped into a document is kept as its text.
    if (inline.link && isAllowedLinkUrl(inline.link)) {
      children.push(
        new ExternalHyperlink({
          link: xmlSafe(inline.link.trim()),
          children: textRuns(inline.text, { ...format, style: 'Hyperlink' }),
        }),
      );
    } else {
      children.push(...textRuns(inline.text, format));
    }
  }
  return children;
}

const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const FIRST_LETTER = /\p{L}/u;

/**
 * True when the text's first letter is Arabic, Hebrew or another right-to-left script, so
 * the paragraph reads right to left (Word's "bidi" paragraph) as the writer meant it.
 */
export function startsRightToLeft(text: string): boolean {
  const first = FIRST_LETTER.exec(text);
  return first !== null && RTL_LETTER.test(first[0]);
}
