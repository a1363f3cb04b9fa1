/**
 * Reads an .ics file back the way a calendar does, not with the code that wrote it: lines are
 * unfolded (RFC 5545 §3.1), each split into its name, parameters and value, and text values
 * unescaped (§3.3.11).
 */
export interface IcsLine {
  name: string;
  params: string;
  value: string;
}

export function icsText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

export function icsLines(ics: string): IcsLine[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return { name, params: params.join(';'), value: line.slice(colon + 1) };
    });
}

/** The one line called `name` in the file's event; fails the test if there is not exactly one. */
export function icsLine(ics: string, name: string): IcsLine {
  const found = icsLines(ics).filter((line) => line.name === name);
  if (found.length !== 1) throw new Error(`Expected one ${name} line, found ${found.length}`);
  return found[0]!;
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
