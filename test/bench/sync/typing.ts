import * as Y from 'yjs';
import { LOCAL_EDIT } from '../../../shared/model';

/**
 * Typing into an item's minutes as the editor does it. The model has no "type" function: the
 * rich-text editor (y-tiptap) writes keystrokes straight into the paragraph's Y.XmlText, one
 * transaction per change, so this does the same (tagged as a local edit like every model write).
 */

/** The text of each top-level paragraph, creating it in an empty paragraph (as y-tiptap would). */
export function paragraphTexts(fragment: Y.XmlFragment): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  for (const node of fragment.toArray()) {
    if (!(node instanceof Y.XmlElement) || node.nodeName !== 'paragraph') continue;
    const first = node.get(0);
    texts.push(first instanceof Y.XmlText ? first : insertText(node));
  }
  return texts;
}

function insertText(paragraphNode: Y.XmlElement): Y.XmlText {
  const text = new Y.XmlText();
  paragraphNode.insert(0, [text]);
  return text;
}

export function typeAt(text: Y.XmlText, index: number, typed: string): void {
  const doc = text.doc;
  if (!doc) throw new Error('The paragraph must belong to a document');
  doc.transact(() => text.insert(Math.min(index, text.length), typed), LOCAL_EDIT);
}

/** Backspace `count` characters before `index`. */
export function backspace(text: Y.XmlText, index: number, count: number): void {
  const doc = text.doc;
  if (!doc) throw new Error('The paragraph must belong to a document');
  const end = Math.min(index, text.length);
  const start = Math.max(0, end - count);
  if (end > start) doc.transact(() => text.delete(start, end - start), LOCAL_EDIT);
}
