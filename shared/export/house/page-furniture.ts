import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { SINGLE } from './styles';
import { textRuns } from './text-runs';

/**
 * What every page carries: the group and its organisation in the header, the draft marking
 * until the minutes are approved, and "Page X of Y" in the footer as Word fields, so the
 * numbers stay right when a clerk edits the document.
 */
export const DRAFT_MARKING = 'DRAFT – subject to approval';

export interface PageFurniture {
  group: string;
  organisation: string;
  draft: boolean;
}

const SMALL = 18; // 9pt

/**
 * The page's margins in twips: the header starts 1cm from the top of the page and its three
 * lines (about 1.3cm) end well above the body, which starts 3cm down, so a continuation
 * page's first line never touches "DRAFT". Left, right and bottom are Word's 2.54cm.
 */
export const PAGE_MARGINS = {
  top: 1701,
  bottom: 1440,
  left: 1440,
  right: 1440,
  header: 567,
  footer: 567,
} as const;

export function pageHeader({ group, organisation, draft }: PageFurniture): Header {
  const children = [
    new Paragraph({
      alignment: AlignmentType.END,
      spacing: { after: 0, ...SINGLE },
      children: textRuns(group, { bold: true, size: SMALL }),
    }),
  ];
  if (organisation.trim())
    children.push(
      new Paragraph({
        alignment: AlignmentType.END,
        spacing: { after: 0, ...SINGLE },
        children: textRuns(organisation, { size: SMALL }),
      }),
    );
  if (draft)
    children.push(
      new Paragraph({
        alignment: AlignmentType.END,
        spacing: { before: 60, after: 0, ...SINGLE },
        children: [new TextRun({ text: DRAFT_MARKING, bold: true, size: 24, color: 'C00000' })],
      }),
    );
  return new Header({ children });
}

export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: SMALL,
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
