import {
  BorderStyle,
  LineRuleType,
  ShadingType,
  type IBaseParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';

/**
 * The house style every Quorum document shares: Arial throughout, British English, black
 * headings (councils print in black and white), and a "Decision" paragraph style so decisions
 * stand out in the minutes whether read on screen, printed or read aloud by a screen reader
 * (the style name and the "Decision:" label say it, not the shading alone).
 */
export const HOUSE_FONT = 'Arial';
export const HOUSE_LANGUAGE = 'en-GB';
export const DECISION_STYLE = 'Decision';
/** Table cell text: Normal with tighter spacing, so tables stay compact. */
export const TABLE_TEXT_STYLE = 'TableText';

/**
 * Line spacing as a multiple of the font's own line (240 = single), always with its rule:
 * a w:line with no w:lineRule is read by LibreOffice as an exact height, so a 16pt title's
 * second line overlapped its first. Headings are single-spaced; body text a little more.
 */
export const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;
const BODY = { line: 264, lineRule: LineRuleType.AUTO } as const;

// Sizes are in half-points: 22 is 11pt.
const heading = (size: number, before: number): IBaseParagraphStyleOptions => ({
  run: { font: HOUSE_FONT, size, bold: true, color: '000000' },
  paragraph: { spacing: { before, after: 120, ...SINGLE }, keepNext: true, keepLines: true },
});

const RULE = { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 4 } as const;

export function houseStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: HOUSE_FONT, size: 22, language: { value: HOUSE_LANGUAGE } },
        paragraph: { spacing: { after: 120, ...BODY } },
      },
      heading1: heading(32, 240),
      heading2: heading(28, 240),
      heading3: heading(24, 180),
      heading4: heading(22, 180),
      heading5: heading(22, 120),
      heading6: heading(22, 120),
      hyperlink: { run: { color: '0563C1', underline: {} } },
    },
    paragraphStyles: [
      {
        id: DECISION_STYLE,
        name: DECISION_STYLE,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        paragraph: {
          border: { top: RULE, bottom: RULE, left: RULE, right: RULE },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' },
          spacing: { before: 120, after: 180, ...BODY },
        },
      },
      {
        id: TABLE_TEXT_STYLE,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { before: 40, after: 40, ...SINGLE } },
        run: { size: 20 },
      },
    ],
  };
}
