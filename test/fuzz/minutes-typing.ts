import * as prng from 'lib0/prng';
import * as Y from 'yjs';

/**
 * Typing in an item's minutes as the editor does it: y-tiptap keeps each paragraph as a
 * Y.XmlElement('paragraph') holding Y.XmlText, marks as formatting attributes (bold: {}).
 * One call is one keystroke-sized edit, in one transaction, as one ProseMirror step is.
 */
export function typeInMinutes(gen: prng.PRNG, fragment: Y.XmlFragment): string {
  const doc = fragment.doc!;
  const paragraphs = fragment
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
  const choice = prng.int32(gen, 0, 99);
  if (paragraphs.length === 0 || choice < 15) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(prng.word(gen, 1, 12))]);
    const at = prng.int32(gen, 0, fragment.length);
    doc.transact(() => fragment.insert(at, [paragraph]));
    return `new paragraph at ${at}`;
  }
  const paragraph = prng.oneOf(gen, paragraphs);
  if (choice < 22) {
    const at = fragment.toArray().indexOf(paragraph);
    doc.transact(() => fragment.delete(at, 1));
    return `delete paragraph ${at}`;
  }
  const text = paragraph.toArray().find((node): node is Y.XmlText => node instanceof Y.XmlText);
  if (!text) {
    doc.transact(() => paragraph.insert(0, [new Y.XmlText(prng.word(gen, 1, 6))]));
    return 'text into an empty paragraph';
  }
  const length = text.length;
  if (choice < 70 || length === 0) {
    const at = prng.int32(gen, 0, length);
    const bold = prng.int32(gen, 0, 9) === 0;
    doc.transact(() => text.insert(at, prng.word(gen, 1, 6), bold ? { bold: {} } : undefined));
    return `type at ${at}`;
  }
  const at = prng.int32(gen, 0, length - 1);
  const count = prng.int32(gen, 1, Math.min(5, length - at));
  if (choice < 92) {
    doc.transact(() => text.delete(at, count));
    return `delete ${count} at ${at}`;
  }
  doc.transact(() => text.format(at, count, { italic: {} }));
  return `italic ${count} at ${at}`;
}
