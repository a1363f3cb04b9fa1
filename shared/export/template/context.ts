import type { NumberingWriter } from './numbering';
import type { WordPackage } from './package';
import { REL, appendRelationship, relsPath } from './relationships';
import type { TemplateStyles } from './styles';
import { NS, parseXml, type XmlDocument, type XmlElement } from './xml';
import type { NodeWriter } from './xml-write';

/** What the block generators need to write into one part of the template. */
export interface GenContext {
  /** Writes template nodes (the base formatting below) as XML text. */
  nodes: NodeWriter;
  styles: TemplateStyles;
  numbering: NumberingWriter;
  links: LinkWriter;
  /** The placeholder paragraph's w:pPr and its first run's w:rPr: plain generated text looks
   * like the text the council put there (a table-cell style, a font, a size). */
  basePPr?: XmlElement;
  baseRPr?: XmlElement;
  /** 'YYYY-MM-DD', to mark open actions past their due date as overdue. */
  today?: string;
}

/** External hyperlink relationships for one part (document, header or footer). */
export class LinkWriter {
  private readonly ids = new Map<string, string>();

  private constructor(
    private readonly pkg: WordPackage,
    private readonly part: string,
    private rels: XmlDocument | undefined,
  ) {}

  static async open(pkg: WordPackage, part: string): Promise<LinkWriter> {
    return new LinkWriter(pkg, part, await pkg.xml(relsPath(part)));
  }

  /** The relationship id for a link to this address, added on first use. */
  id(url: string): string {
    const known = this.ids.get(url);
    if (known) return known;
    if (!this.rels) {
      // WARNING: creates the part's .rels file; every Word package already has a Default
      // content type for .rels (the package's own _rels/.rels needs it), so none is added.
      this.rels = parseXml(`<Relationships xmlns="${NS.rels}"/>`);
      this.pkg.put(relsPath(this.part), this.rels);
    } else {
      this.pkg.touch(relsPath(this.part));
    }
    const id = appendRelationship(this.rels, { type: REL.hyperlink, target: url, external: true });
    this.ids.set(url, id);
    return id;
  }
}
