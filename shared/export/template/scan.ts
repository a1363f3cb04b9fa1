import {
  isKnownPlaceholder,
  matchPlaceholders,
  placeholderKind,
  type PlaceholderKind,
  type PlaceholderMatch,
} from './placeholders';
import { blocksWithField } from './block-fields';
import { indexParagraph, type ParagraphText } from './text-index';
import type { TemplatePart } from './word-document';
import { NS, descendantsW, type XmlDocument, type XmlElement } from './xml';

/** Finds placeholders paragraph by paragraph, split runs and all, and says where each sits. */
export type PlaceholderWhere = 'body' | 'table-cell' | 'header' | 'footer';

export interface FoundPlaceholder {
  /** Normalised name ('title'), or for an unknown one what the rule made of it ('venue_name'). */
  name: string;
  /** As typed, braces included ('{{ Title }}'). */
  raw: string;
  /** Known placeholders only; 'field' is a field of a repeating block ({{owner}}). */
  kind?: PlaceholderKind | 'field';
  /** Raw text is not the tidy '{{name}}' spelling (spaces, capitals, hyphens). */
  normalised: boolean;
  /** 'table-cell' means a cell in the body; headers and footers say so and set inTableCell. */
  where: PlaceholderWhere;
  inTableCell: boolean;
  /** The package part, e.g. 'word/header1.xml'. */
  part: string;
}

export interface ParagraphMatches {
  index: ParagraphText;
  matches: PlaceholderMatch[];
}

/** Every paragraph of a part that holds at least one {{…}}, in document order. */
export function paragraphsWithPlaceholders(root: XmlDocument | XmlElement): ParagraphMatches[] {
  return descendantsW(root, 'p')
    .map((paragraph) => {
      const index = indexParagraph(paragraph);
      return { index, matches: matchPlaceholders(index.text) };
    })
    .filter((found) => found.matches.length > 0);
}

function inTableCell(node: XmlElement): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (parent.namespaceURI === NS.w && parent.localName === 'tc') return true;
  }
  return false;
}

export function scanPart(part: TemplatePart): FoundPlaceholder[] {
  return paragraphsWithPlaceholders(part.doc).flatMap(({ index, matches }) => {
    const cell = inTableCell(index.paragraph);
    // Block markers ({{#items}}) are checked by structure.ts; fields of a block ({{owner}})
    // are known, wherever analysePart says they may sit.
    return matches
      .filter((match) => !match.marker)
      .map((match) => ({
        name: match.name,
        raw: match.raw,
        ...(isKnownPlaceholder(match.name)
          ? { kind: placeholderKind(match.name) }
          : blocksWithField(match.name).length > 0
            ? { kind: 'field' as const }
            : {}),
        normalised: match.raw !== `{{${match.name}}}`,
        where: part.kind === 'body' ? (cell ? 'table-cell' : 'body') : part.kind,
        inTableCell: cell,
        part: part.path,
      }));
  });
}
