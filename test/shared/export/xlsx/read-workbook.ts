import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

/**
 * Reads a workbook back with JSZip and an XML parser, not with exceljs: what Excel would find
 * in the file, independent of the library that wrote it. Each sheet comes back as rows of
 * [cell reference, value and number format].
 */
export interface ReadCell {
  value: string | number | null;
  format: string | null;
}

export interface ReadSheet {
  rows: (readonly [string | null, ReadCell])[][];
  autoFilter: string | null;
  frozenRows: string | null;
}

export async function readWorkbook(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (path: string): Promise<Document> => {
    const file = zip.file(path);
    if (!file) throw new Error(`No ${path} in the workbook`);
    return new DOMParser().parseFromString(await file.async('string'), 'text/xml');
  };
  const workbook = await xml('xl/workbook.xml');
  const sheetNames = Array.from(workbook.getElementsByTagName('sheet')).map((s) =>
    s.getAttribute('name'),
  );
  const strings = Array.from((await xml('xl/sharedStrings.xml')).getElementsByTagName('si')).map(
    (si) =>
      Array.from(si.getElementsByTagName('t'))
        .map((t) => t.textContent)
        .join(''),
  );
  const styles = await xml('xl/styles.xml');
  const formats = new Map(
    Array.from(styles.getElementsByTagName('numFmt')).map((f) => [
      f.getAttribute('numFmtId'),
      f.getAttribute('formatCode'),
    ]),
  );
  // Built-in format 9 is "0%"; custom ones are listed in styles.xml.
  const builtIn = new Map([['9', '0%']]);
  const cellXfs = Array.from(
    styles.getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf'),
  ).map((xf) => {
    const id = xf.getAttribute('numFmtId');
    return formats.get(id) ?? builtIn.get(id ?? '') ?? id;
  });
  const cell = (c: Element): ReadCell => {
    const v = c.getElementsByTagName('v')[0]?.textContent ?? null;
    if (c.getAttribute('t') === 's') return { value: strings[Number(v)] ?? null, format: null };
    const style = c.getAttribute('s');
    return { value: v === null ? null : Number(v), format: style ? cellXfs[Number(style)]! : null };
  };
  const sheet = async (index: number): Promise<ReadSheet> => {
    const doc = await xml(`xl/worksheets/sheet${index + 1}.xml`);
    return {
      rows: Array.from(doc.getElementsByTagName('row')).map((row) =>
        Array.from(row.getElementsByTagName('c')).map(
          (c) => [c.getAttribute('r'), cell(c)] as const,
        ),
      ),
      autoFilter: doc.getElementsByTagName('autoFilter')[0]?.getAttribute('ref') ?? null,
      frozenRows: doc.getElementsByTagName('pane')[0]?.getAttribute('ySplit') ?? null,
    };
  };
  const sheets = await Promise.all(sheetNames.map((_, index) => sheet(index)));
  return { sheetNames, sheets };
}

/** A row's cells by column letter ("A", "B", …). */
export function byColumn(row: readonly (readonly [string | null, ReadCell])[]) {
  return new Map(row.map(([ref, c]) => [(ref ?? '').replace(/\d+$/, ''), c]));
}

/** Excel's day number for a calendar day (days since 30 December 1899). */
export const excelSerial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
