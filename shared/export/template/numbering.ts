import { splitPoint } from '../point-numbers';
import type { WordPackage } from './package';
import { REL, addRelationship, relatedParts, resolveTarget, setOverride } from './relationships';
import { NS, childElements, parseXml, rootOf, wAttr, type XmlDocument } from './xml';
import { startTag, writeDocument, writeNode, wx } from './xml-write';

/**
 * Numbering definitions for generated lists, added to the template's numbering part (or a new
 * one). Each list gets its own w:abstractNum, so every list starts at its own number (1, or
 * the editor's start) instead of continuing the count of the list before it, as paragraphs
 * sharing one List Number style would. Nesting is w:ilvl on the paragraph; the template's
 * List Number / List Bullet styles still give the paragraphs their look. The definitions are
 * kept as XML text and written into the part once, on saving.
 */
const NUMBERING_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
const ORDERED_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman'] as const;
const BULLETS = ['\u2022', '\u25e6', '\u25aa'] as const;
const LEVELS = 9;

export class NumberingWriter {
  private added = 0;
  private readonly abstractNums: string[] = [];
  private readonly nums: string[] = [];

  private constructor(
    private readonly doc: XmlDocument,
    private readonly path: string,
    private readonly isNew: boolean,
    private nextAbstractId: number,
    private nextNumId: number,
    private readonly nsids: Set<string>,
  ) {}

  static async open(pkg: WordPackage, mainPart: string): Promise<NumberingWriter> {
    const [existingPath] = await relatedParts(pkg, mainPart, REL.numbering);
    const existing = existingPath ? await pkg.xml(existingPath) : undefined;
    const doc = existing ?? parseXml(`<w:numbering xmlns:w="${NS.w}"/>`);
    const root = rootOf(doc);
    const ids = (name: string, attr: string) =>
      childElements(root, NS.w, name).map((el) => Number(wAttr(el, attr)) || 0);
    const nsids = childElements(root, NS.w, 'abstractNum').flatMap((el) =>
      childElements(el, NS.w, 'nsid').map((nsid) => (wAttr(nsid, 'val') ?? '').toUpperCase()),
    );
    return new NumberingWriter(
      doc,
      existingPath ?? resolveTarget(mainPart, 'numbering.xml'),
      !existing,
      Math.max(-1, ...ids('abstractNum', 'abstractNumId')) + 1,
      Math.max(0, ...ids('num', 'numId')) + 1,
      new Set(nsids),
    );
  }

  private nsid(): string {
    let value = 0x51550000 + this.added; // 'QU' then a counter: unique and recognisable.
    while (this.nsids.has(value.toString(16).toUpperCase())) value += 0x100;
    const hex = value.toString(16).toUpperCase();
    this.nsids.add(hex);
    return hex;
  }

  private level(ordered: boolean, ilvl: number, start: number, prefix?: string): string {
    const format = ordered ? (ORDERED_FORMATS[ilvl % 3] ?? 'decimal') : 'bullet';
    const text = ordered ? `%${ilvl + 1}.` : (BULLETS[ilvl % 3] ?? '\u2022');
    // A point's number ("6.2.1") needs more room before its text than "1.".
    const hanging = prefix === undefined ? 360 : 720;
    return wx('lvl', { ilvl }, [
      wx('start', { val: start }),
      wx('numFmt', { val: prefix === undefined ? format : 'decimal' }),
      wx('lvlText', { val: prefix === undefined ? text : `${prefix}%${ilvl + 1}` }),
      wx('lvlJc', { val: 'left' }),
      wx('pPr', {}, [wx('ind', { left: 720 * (ilvl + 1) + hanging - 360, hanging })]),
    ]);
  }

  /**
   * A new numbering instance for one list whose items sit at `depth`; returns its numId.
   * `firstPoint` is the minute number of a numbered list's first item ("6.2.1", from
   * shared/export/point-numbers.ts): the list is then numbered "6.2.1", "6.2.2" …, as the
   * Minutes tab and the house style number it, the prefix written into the level's text.
   */
  add(ordered: boolean, start: number, depth: number, firstPoint?: string): number {
    const abstractId = this.nextAbstractId++;
    const numId = this.nextNumId++;
    this.added += 1;
    const point = ordered && firstPoint ? splitPoint(firstPoint) : undefined;
    // Only the levels up to the list's own: each list has its own instance and its paragraphs
    // all sit at `depth` (a nested list is another instance), so deeper levels would never be
    // used, and writing nine per list made numbering most of a long fill's time.
    const levels = Array.from({ length: Math.min(depth, LEVELS - 1) + 1 }, (_, ilvl) =>
      ilvl === depth && point
        ? this.level(true, ilvl, point.count, point.prefix)
        : this.level(ordered, ilvl, ilvl === depth ? Math.max(0, start) : 1),
    );
    this.abstractNums.push(
      wx('abstractNum', { abstractNumId: abstractId }, [
        wx('nsid', { val: this.nsid() }),
        wx('multiLevelType', { val: 'hybridMultilevel' }),
        ...levels,
      ]),
    );
    this.nums.push(wx('num', { numId }, [wx('abstractNumId', { val: abstractId })]));
    return numId;
  }

  /** The part with the new definitions in schema order: numPicBullet*, abstractNum*, num*,
   * numIdMacAtCleanup? */
  private text(): string {
    const root = rootOf(this.doc);
    const firstNum = childElements(root, NS.w, 'num')[0];
    const cleanup = childElements(root, NS.w, 'numIdMacAtCleanup')[0];
    const abstractsBefore = firstNum ?? cleanup ?? null;
    const numsBefore = cleanup ?? null;
    let inner = '';
    for (let child = root.firstChild; child; child = child.nextSibling) {
      if (child === abstractsBefore) inner += this.abstractNums.join('');
      if (child === numsBefore) inner += this.nums.join('');
      inner += writeNode(child);
    }
    if (!abstractsBefore) inner += this.abstractNums.join('');
    if (!numsBefore) inner += this.nums.join('');
    return writeDocument(this.doc, `${startTag(root)}>${inner}</${root.nodeName}>`);
  }

  /** Writes the part back if lists were added, creating its relationship and content type. */
  async save(pkg: WordPackage, mainPart: string): Promise<void> {
    if (this.added === 0) return;
    pkg.putText(this.path, this.text());
    if (!this.isNew) return;
    await addRelationship(pkg, mainPart, {
      type: REL.numbering,
      target: 'numbering.xml',
      external: false,
    });
    await setOverride(pkg, this.path, NUMBERING_TYPE);
  }
}
