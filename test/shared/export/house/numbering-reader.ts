import type { Document, Element } from '@xmldom/xmldom';
import { byTag, paragraphs, W, wVal, type Para } from './docx-reader';

/**
 * Reads word/numbering.xml and works out the number Word shows before each list paragraph,
 * as Word counts: per w:num, a level's counter goes up by one and every deeper level starts
 * again.
 */
export interface Level {
  format: string;
  text: string;
  start: number;
}

const attr = (el: Element, name: string) => el.getAttributeNS(W, name);
const first = (el: Element, name: string) => byTag(el, name)[0];

export function numberingLevels(numbering: Document): {
  level(numId: string, ilvl: number): Level;
  abstractOf(numId: string): string;
} {
  const abstracts = new Map(
    byTag(numbering, 'abstractNum').map((a) => [attr(a, 'abstractNumId'), a]),
  );
  const nums = new Map(byTag(numbering, 'num').map((n) => [attr(n, 'numId'), n]));
  const abstractOf = (numId: string) => {
    const num = nums.get(numId);
    if (!num) throw new Error(`numbering.xml has no w:num ${numId}`);
    return wVal(first(num, 'abstractNumId')) ?? '';
  };
  return {
    abstractOf,
    level(numId, ilvl) {
      const num = nums.get(numId)!;
      const abstract = abstracts.get(abstractOf(numId));
      const lvl = abstract && byTag(abstract, 'lvl').find((l) => attr(l, 'ilvl') === String(ilvl));
      if (!lvl) throw new Error(`No level ${ilvl} for w:num ${numId}`);
      const override = byTag(num, 'lvlOverride').find((o) => attr(o, 'ilvl') === String(ilvl));
      const start = override ? first(override, 'startOverride') : undefined;
      return {
        format: wVal(first(lvl, 'numFmt')) ?? 'decimal',
        text: wVal(first(lvl, 'lvlText')) ?? '',
        start: Number(wVal(start ?? first(lvl, 'start')) ?? 1),
      };
    },
  };
}

function formatNumber(value: number, format: string): string {
  if (format === 'lowerLetter') return String.fromCharCode(96 + value);
  if (format === 'lowerRoman')
    return (
      ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][value] ?? String(value)
    );
  return String(value);
}

export interface NumberedPara extends Para {
  /** The number or bullet Word shows, or null for a paragraph outside any list. */
  label: string | null;
}

export function numberedParagraphs(document: Document, numbering: Document): NumberedPara[] {
  const levels = numberingLevels(numbering);
  const counters = new Map<string, number[]>();
  return paragraphs(document).map((p) => {
    if (p.numId === null || p.ilvl === null) return { ...p, label: null };
    const ilvl = p.ilvl;
    const numId = p.numId;
    const counts =
      counters.get(numId) ??
      Array.from({ length: 9 }, (_, l) => {
        try {
          return levels.level(numId, l).start - 1;
        } catch {
          return 0;
        }
      });
    counters.set(numId, counts);
    counts[ilvl] = counts[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      try {
        counts[deeper] = levels.level(numId, deeper).start - 1;
      } catch {
        counts[deeper] = 0;
      }
    }
    const level = levels.level(numId, ilvl);
    const label =
      level.format === 'bullet'
        ? level.text
        : level.text.replace(/%(\d)/g, (_, n: string) => {
            const l = Number(n) - 1;
            return formatNumber(counts[l]!, levels.level(numId, l).format);
          });
    return { ...p, label };
  });
}
