/**
 * Builds the two example council templates shipped in resources/templates/ (and shown in
 * docs/export.md, "Council templates"): WordprocessingML written out by hand here and zipped
 * with JSZip, never made by Quorum's own exporter, so they are what an officer's Word file
 * looks like to the fill.
 *
 *   npx tsx resources/templates/build-examples.ts
 *
 * Output is deterministic (fixed dates in the zip), so rebuilding changes nothing unless this
 * script changed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

// A4 with 2.54 cm margins: 9,026 twips of text across.
const TEXT_WIDTH = 9026;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function run(text: string, props = ''): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

function para(content: string | string[], style?: string, pPr = ''): string {
  const runs = (Array.isArray(content) ? content : [content])
    .map((piece) => (piece.startsWith('<w:') ? piece : run(piece)))
    .join('');
  const props = `${style ? `<w:pStyle w:val="${style}"/>` : ''}${pPr}`;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

interface Cell {
  text: string | string[];
  width: number;
  bold?: boolean;
}

function cell({ text, width, bold }: Cell): string {
  const pieces = (Array.isArray(text) ? text : [text]).map((piece) =>
    bold ? run(piece, '<w:b/>') : piece,
  );
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${para(pieces, 'TableText')}</w:tc>`;
}

function tableRow(cells: Cell[], header = false): string {
  // Only a data table's first row repeats as a header (and is announced as one).
  const trPr = header
    ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
    : '<w:trPr><w:cantSplit/></w:trPr>';
  return `<w:tr>${trPr}${cells.map(cell).join('')}</w:tr>`;
}

function table(widths: number[], rows: string[], borders = true): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const style = borders ? '<w:tblStyle w:val="TableGrid"/>' : '';
  return `<w:tbl><w:tblPr>${style}<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="${borders ? 1 : 0}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** The meeting's key facts as a two-column table without a header row. */
function factsTable(facts: [string, string][]): string {
  const widths = [2000, TEXT_WIDTH - 2000];
  return table(
    widths,
    facts.map(([label, value]) =>
      tableRow([
        { text: label, width: widths[0] ?? 0, bold: true },
        { text: value, width: widths[1] ?? 0 },
      ]),
    ),
    false,
  );
}

function field(instruction: string, shown: string): string {
  return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
}

const STYLES = `${XML_HEAD}<w:styles xmlns:w="${W}">
<w:docDefaults>
  <w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;

const HEADER = `${XML_HEAD}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${para(run('{{organisation}}', '<w:b/>'), 'Header')}${para('{{group}}', 'Header', '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>')}</w:hdr>`;

function footer(lead: string): string {
  const page = [run(lead), field('PAGE', '1'), run(' of '), field('NUMPAGES', '1')];
  return `${XML_HEAD}<w:ftr xmlns:w="${W}" xmlns:r="${R}">${para(page, 'Footer', '<w:jc w:val="center"/>')}</w:ftr>`;
}

function documentXml(body: string): string {
  // Header and footer margins keep a two-line header clear of the text on every page.
  const sectPr = `<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1440" w:bottom="1440" w:left="1440" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  return `${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${sectPr}</w:body></w:document>`;
}

/** The complete minutes template, as docs/export.md shows it. */
function minutesBody(): string {
  // Due takes "14 September 2023" on one line at 10 pt; Status takes "In progress".
  const actionWidths = [600, 3126, 1700, 2100, 1500];
  const headerCells = ['Ref', 'Action', 'Owner', 'Due', 'Status'].map((text, i) => ({
    text,
    width: actionWidths[i] ?? 0,
    bold: true,
  }));
  const rowCells = [
    '{{#actions}}{{ref}}',
    '{{action}}',
    '{{owner}}',
    '{{due}}',
    '{{status}}{{/actions}}',
  ].map((text, i) => ({ text, width: actionWidths[i] ?? 0 }));
  return [
    para('{{title}}', 'Title'),
    para('Minutes of the meeting held on {{date}}', 'Subtitle'),
    factsTable([
      ['Date', '{{date}}'],
      ['Time', '{{time}}'],
      ['Venue', '{{venue}}'],
      ['Chair', '{{chair}}'],
      ['Status', '{{status}}'],
    ]),
    para('Present', 'Heading1'),
    para('{{attendees}}'),
    para('Apologies', 'Heading1'),
    para('{{apologies}}'),
    para('Minutes', 'Heading1'),
    para('{{#items}}'),
    para('{{number}}. {{title}}', 'Heading2'),
    para('{{minutes}}'),
    para('{{#decisions}}'),
    para([run('Resolved: ', '<w:b/>'), run('{{decision}}')]),
    para('{{/decisions}}'),
    para('{{/items}}'),
    para('Actions', 'Heading1'),
    table(actionWidths, [tableRow(headerCells, true), tableRow(rowCells)]),
    para('Date of next meeting', 'Heading1'),
    para('{{next_meeting}}'),
    para('Signed as a correct record', 'Heading1', ''),
    para(
      'Chair: ______________________________     Date: ________________',
      undefined,
      '<w:spacing w:before="480"/>',
    ),
  ].join('');
}

/** The complete agenda template. */
function agendaBody(): string {
  const widths = [700, 3326, 1900, 1100, 2000];
  const headerCells = ['No.', 'Item', 'Presenter', 'Start', 'Purpose'].map((text, i) => ({
    text,
    width: widths[i] ?? 0,
    bold: true,
  }));
  const rowCells = [
    '{{#items}}{{number}}',
    '{{title}}',
    '{{presenter}}',
    '{{start}}',
    '{{purpose}}{{/items}}',
  ].map((text, i) => ({ text, width: widths[i] ?? 0 }));
  return [
    para('{{title}}', 'Title'),
    para('Agenda', 'Subtitle'),
    factsTable([
      ['Date', '{{date}}'],
      ['Time', '{{time}}'],
      ['Venue', '{{venue}}'],
      ['Chair', '{{chair}}'],
    ]),
    para('Items', 'Heading1'),
    table(widths, [tableRow(headerCells, true), tableRow(rowCells)]),
    para('Date of next meeting', 'Heading1'),
    para('{{next_meeting}}'),
  ].join('');
}

function contentTypes(): string {
  const part = (name: string, type: string) =>
    `<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${part('word/document.xml', 'wordprocessingml.document.main+xml')}${part('word/styles.xml', 'wordprocessingml.styles+xml')}${part('word/header1.xml', 'wordprocessingml.header+xml')}${part('word/footer1.xml', 'wordprocessingml.footer+xml')}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
}

async function build(name: string, title: string, body: string, footerLead: string) {
  const zip = new JSZip();
  const add = (path: string, text: string) => zip.file(path, text, { date: ZIP_DATE });
  add('[Content_Types].xml', contentTypes());
  add(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  add(
    'word/_rels/document.xml.rels',
    `${XML_HEAD}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${DOC_REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${DOC_REL}/header" Target="header1.xml"/><Relationship Id="rId4" Type="${DOC_REL}/footer" Target="footer1.xml"/></Relationships>`,
  );
  add('word/document.xml', documentXml(body));
  add('word/styles.xml', STYLES);
  add('word/header1.xml', HEADER);
  add('word/footer1.xml', footer(footerLead));
  add(
    'docProps/core.xml',
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escape(title)}</dc:title><dc:creator>Quorum example template</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>`,
  );
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  writeFileSync(join(import.meta.dirname, name), bytes);
}

await build(
  'example-minutes.docx',
  'Example minutes template',
  minutesBody(),
  '{{status}} – page ',
);
await build('example-agenda.docx', 'Example agenda template', agendaBody(), 'Agenda – page ');
