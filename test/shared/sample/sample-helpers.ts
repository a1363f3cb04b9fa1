import { expect } from 'vitest';
import * as Y from 'yjs';
import { agendaItemMinutes, listAgenda } from '../../../shared/model';

/** The text of a node, formatting dropped. */
export function plainText(node: Y.XmlElement | Y.XmlText | Y.XmlFragment): string {
  if (node instanceof Y.XmlText)
    return (node.toDelta() as { insert: string }[]).map((op) => op.insert).join('');
  return node
    .toArray()
    .map((child) => plainText(child as Y.XmlElement))
    .join('');
}

/** The blocks of an item's minutes, found by the item's title. */
export function minutesOf(doc: Y.Doc, title: string): Y.XmlElement[] {
  const agendaItem = listAgenda(doc).find((i) => i.title === title);
  if (!agendaItem) throw new Error(`No item “${title}”`);
  return agendaItemMinutes(doc, agendaItem.id).toArray() as Y.XmlElement[];
}

/** The items of a list block, as plain text. */
export function listItems(list: Y.XmlElement): string[] {
  return (list.toArray() as Y.XmlElement[]).map((li) => {
    expect(li.nodeName).toBe('listItem');
    return plainText(li);
  });
}

/**
 * Replaces each UUID by its order of first appearance, and each position key by a mark, for
 * comparing builds with random ids: agenda positions end in random digits so that two devices
 * adding at the same place never tie (ordering.ts). The order they give is checked by the
 * tests that list the items.
 */
export function normaliseIds(value: unknown): string {
  const ids = new Map<string, string>();
  return JSON.stringify(value)
    .replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      (id) => ids.get(id) ?? (ids.set(id, `uuid-${ids.size + 1}`), `uuid-${ids.size}`),
    )
    .replace(/"position":"[^"]*"/g, '"position":"…"');
}
