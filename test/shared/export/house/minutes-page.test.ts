import { describe, expect, it } from 'vitest';
import { buildMinutesDocx } from '../../../../shared/export/house';
import type { MeetingExportData } from '../../../../shared/export/meeting-data';
import { byTag, openDocx, textOf, W, wVal } from './docx-reader';
import { fullMeeting } from './fixtures';

/** What every page and the package around the minutes carry: marking, fields, style, properties. */
async function minutes(overrides: Partial<MeetingExportData> = {}) {
  return { pkg: await openDocx(await buildMinutesDocx(fullMeeting(overrides))) };
}

describe('the minutes’ pages and package', () => {
  it('marks every page DRAFT until the minutes are approved, and numbers pages', async () => {
    const draft = await minutes();
    const headerText = draft.pkg.headers.map((h) => textOf(h.documentElement!)).join('\n');
    expect(headerText).toContain('DRAFT – subject to approval');
    expect(headerText).toContain('Sanctuary Steering Group');
    expect(headerText).toContain('Leeds City Council');
    const fields = draft.pkg.footers.flatMap((f) =>
      byTag(f, 'instrText').map((i) => i.textContent?.trim()),
    );
    expect(fields).toEqual(['PAGE', 'NUMPAGES']);
    expect(draft.pkg.footers.map((f) => textOf(f.documentElement!)).join('')).toBe('Page  of ');

    const approved = await minutes({ minutesStatus: 'approved', approvedOn: '2024-01-15' });
    const approvedHeader = approved.pkg.headers.map((h) => textOf(h.documentElement!)).join('\n');
    expect(approvedHeader).toContain('Sanctuary Steering Group');
    expect(approvedHeader).not.toContain('DRAFT');
    expect(textOf(approved.pkg.document.documentElement!)).toContain(
      'Agreed as a correct record on 15 January 2024.',
    );
  });

  it('ends approved minutes with the chair’s signature and date lines, and drafts without', async () => {
    const approved = await minutes({ minutesStatus: 'approved', approvedOn: '2024-01-15' });
    const paras = byTag(approved.pkg.document, 'p');
    const [agreed, signature] = paras.slice(-2);
    expect(textOf(agreed!)).toBe('Agreed as a correct record on 15 January 2024.');
    // "Chair", a dotted line to sign on, "Date", a dotted line to the margin.
    expect(textOf(signature!).replace(/\t/g, '<tab>')).toBe('Chair<tab>  Date<tab>');
    const tabs = byTag(signature!, 'tab').filter(
      (t) => (t.parentNode as { localName?: string } | null)?.localName === 'tabs',
    );
    expect(tabs.map((t) => t.getAttributeNS(W, 'leader'))).toEqual(['dot', 'dot']);
    const draft = await minutes();
    expect(textOf(draft.pkg.document.documentElement!)).not.toMatch(/Agreed as a correct|Chair\t/);
  });

  it('sets Arial, British English and the document properties', async () => {
    const { pkg } = await minutes();
    const defaults = byTag(pkg.styles, 'docDefaults')[0]!;
    const fonts = byTag(defaults, 'rFonts')[0]!;
    expect(['ascii', 'hAnsi', 'cs'].map((a) => fonts.getAttributeNS(W, a))).toEqual([
      'Arial',
      'Arial',
      'Arial',
    ]);
    expect(wVal(byTag(defaults, 'lang')[0])).toBe('en-GB');
    const fontsUsed = byTag(pkg.styles, 'rFonts').flatMap((f) => [f.getAttributeNS(W, 'ascii')]);
    expect(new Set(fontsUsed.filter(Boolean))).toEqual(new Set(['Arial']));
    const core = (ns: string, name: string) => byTag(pkg.core, name, ns)[0]?.textContent;
    const DC = 'http://purl.org/dc/elements/1.1/';
    expect(core(DC, 'title')).toBe('Minutes: Steering Group');
    expect(core(DC, 'subject')).toBe('Minutes of the meeting held on 9 October 2023');
    expect(core(DC, 'creator')).toBe('Quorum');
    expect(core(DC, 'language')).toBe('en-GB');
  });
});
