/**
 * Text from a workspace file made safe to print on a terminal: control characters (escape
 * sequences that recolour or retitle the terminal, carriage returns that overwrite a line,
 * newlines that forge a row of output) and the bidirectional overrides that reorder what is
 * shown each become a space. --json output needs none of this: JSON escapes them itself.
 */
// C0 and C1 controls, DEL, and Unicode's bidirectional embedding, override and isolate marks.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, ' ');
}
