import { describe, expect, it } from 'vitest';
import { showsNumber } from '../../../../shared/export/template/style-numbering';
import { TemplateStyles } from '../../../../shared/export/template/styles';
import { parseXml } from '../../../../shared/export/template/xml';
import { W } from './docx-reader';

const styles = new TemplateStyles([
  { type: 'paragraph', id: 'berschrift1', name: 'heading 1', numbered: false },
  { type: 'paragraph', id: 'Heading 3', name: 'Heading 3', numbered: false },
  { type: 'paragraph', id: 'ListBullet', name: 'List Bullet', numbered: true },
  { type: 'table', id: 'Tabellenraster', name: 'Table Grid', numbered: false },
]);

describe('TemplateStyles', () => {
  it('finds styles by name whatever their id, case and spacing', () => {
    expect(styles.find('paragraph', 'Heading 1')?.id).toBe('berschrift1');
    expect(styles.find('table', 'table grid')?.id).toBe('Tabellenraster');
    expect(styles.find('paragraph', 'Table Grid')).toBeUndefined();
  });

  it('falls back to the next heading level the template defines', () => {
    // No Heading 2: the highest heading after Heading 1 is Heading 3 (LibreOffice's id has a space).
    expect(styles.heading(2)).toEqual({ id: 'Heading 3', level: 3, numbered: false });
    expect(styles.heading(4)).toBeUndefined();
  });

  it('picks list styles, or none, per kind and depth', () => {
    expect(styles.list(false, 0)?.id).toBe('ListBullet');
    expect(styles.list(false, 2)?.id).toBe('ListBullet');
    expect(styles.list(true, 0)).toBeUndefined();
  });
});

describe('showsNumber', () => {
  const numbering = parseXml(
    `<w:numbering xmlns:w="${W}">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    </w:numbering>`,
  );
  const numPr = (numId: string, ilvl: string) =>
    parseXml(
      `<w:numPr xmlns:w="${W}"><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`,
    ).documentElement!;

  it('is true only for a level that prints a label', () => {
    expect(showsNumber(numPr('1', '0'), numbering)).toBe(true);
    // LibreOffice's outline numbering on headings: numFmt "none".
    expect(showsNumber(numPr('1', '1'), numbering)).toBe(false);
    // numId 0 switches numbering off.
    expect(showsNumber(numPr('0', '0'), numbering)).toBe(false);
    expect(showsNumber(numPr('1', '0'), undefined)).toBe(false);
  });
});
