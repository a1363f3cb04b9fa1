import { describe, expect, it } from 'vitest';
import { escapeXml, xmlSafe } from '../../../../shared/export/house/xml-safe';
import { parseXml } from './docx-reader';

describe('xmlSafe', () => {
  it('drops every C0 control character except tab and line feed', () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
    // The carriage return (U+000D) is kept as a line end: it becomes a line feed.
    expect(xmlSafe(`a${controls}b`)).toBe('a\t\n\nb');
  });

  it('turns Windows and old Mac line ends into line feeds', () => {
    expect(xmlSafe('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
  });

  it('drops lone surrogates and U+FFFE/U+FFFF but keeps emoji and right-to-left text', () => {
    expect(xmlSafe('x\uD83Dy\uDE00z\uFFFE\uFFFF')).toBe('xyz');
    const kept = 'Emoji 🎉👩🏽‍💻, Arabic مرحبا بكم, Hebrew שלום, “quotes” & <tags>';
    expect(xmlSafe(kept)).toBe(kept);
  });

  it('returns the same string when there is nothing to strip, however often it is called', () => {
    const text = 'Plain minutes';
    expect(xmlSafe(text)).toBe(text);
    // A global regex keeps state between calls; a second call must not skip a character.
    expect(xmlSafe('a\u0001')).toBe('a');
    expect(xmlSafe('a\u0001')).toBe('a');
  });
});

describe('escapeXml', () => {
  it('makes any text parse as element content', () => {
    const hostile = `Tom & Jerry's <b>"draft"</b>\u0000\u0007 ]]> 🎉 مرحبا`;
    const doc = parseXml(`<t a="${escapeXml(hostile)}">${escapeXml(hostile)}</t>`);
    const expected = `Tom & Jerry's <b>"draft"</b> ]]> 🎉 مرحبا`;
    expect(doc.documentElement!.textContent).toBe(expected);
    expect(doc.documentElement!.getAttribute('a')).toBe(expected);
  });
});
