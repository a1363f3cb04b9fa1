import { Document, Packer, type Paragraph, type Table } from 'docx';
import { houseNumbering, ListInstances, type ListLayout } from './numbering';
import { PAGE_MARGINS, pageFooter, pageHeader, type PageFurniture } from './page-furniture';
import { HOUSE_LANGUAGE, houseStyles } from './styles';
import { escapeXml, xmlSafe } from './xml-safe';

/**
 * Wraps a document's body in the house style (styles, numbering, page header and footer,
 * properties) and packs it to .docx bytes. Pure: no file system, no DOM, no Buffer.
 */
export interface HouseDocument extends PageFurniture {
  /** Core properties, which Windows Explorer, SharePoint and screen readers show. */
  title: string;
  subject: string;
  /** The lists the body used (with the definitions made for them), or just their layout. */
  lists: ListInstances | ListLayout;
  body: (Paragraph | Table)[];
  /** Stamped as created and modified; defaults to now. */
  now?: Date;
}

export const CREATOR = 'Quorum';

/**
 * docx writes no dc:language, and the language is what tells Word's spelling checker and a
 * screen reader to use British English, so docProps/core.xml is written here in full.
 */
export function coreProperties({
  title,
  subject,
  now,
}: {
  title: string;
  subject: string;
  now: Date;
}): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title)}</dc:title>`,
    `<dc:subject>${escapeXml(subject)}</dc:subject>`,
    `<dc:creator>${CREATOR}</dc:creator>`,
    `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>`,
    `<dc:language>${HOUSE_LANGUAGE}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

export async function packHouseDocument(doc: HouseDocument): Promise<Uint8Array> {
  const title = xmlSafe(doc.title);
  const subject = xmlSafe(doc.subject);
  const document = new Document({
    title,
    subject,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: houseStyles(),
    numbering: {
      config:
        doc.lists instanceof ListInstances ? doc.lists.definitions() : houseNumbering(doc.lists),
    },
    sections: [
      {
        properties: { page: { margin: PAGE_MARGINS } },
        headers: { default: pageHeader(doc) },
        footers: { default: pageFooter() },
        children: doc.body,
      },
    ],
  });
  const core = coreProperties({ title, subject, now: doc.now ?? new Date() });
  return Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: core }]);
}
