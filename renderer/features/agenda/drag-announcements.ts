import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

/**
 * What a screen reader hears while an item is dragged with the keyboard (dnd-kit's defaults
 * name items by their ids and speak American English). Positions are 1-based, as numbered.
 */
export const dragInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this item, press Space or Enter to pick it up, use the up and down arrow keys ' +
    'to move it, then press Space or Enter again to drop it. Press Escape to cancel. ' +
    'The Move up and Move down buttons do the same.',
};

/** Anything sortable by title: agenda items, a journey's steps. `listName` ends "no longer over …". */
export function dragAnnouncements(
  items: readonly { id: string; title: string }[],
  listName = 'the agenda',
): Announcements {
  const count = items.length;
  const titleOf = (id: UniqueIdentifier) =>
    items.find((item) => item.id === id)?.title ?? 'The item';
  const positionOf = (id: UniqueIdentifier) => items.findIndex((item) => item.id === id) + 1;
  // dnd-kit reports the item as over itself straight after pick-up, which would talk over
  // "Picked up"; only a change of place is worth saying.
  let lastOver: UniqueIdentifier | null = null;
  return {
    onDragStart: ({ active }) => {
      lastOver = active.id;
      return `Picked up ${titleOf(active.id)}, at position ${positionOf(active.id)} of ${count}.`;
    },
    onDragOver: ({ active, over }) => {
      if ((over?.id ?? null) === lastOver) return undefined;
      lastOver = over?.id ?? null;
      return over
        ? `${titleOf(active.id)} moved to position ${positionOf(over.id)} of ${count}.`
        : `${titleOf(active.id)} is no longer over ${listName}.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)} of ${count}.`
        : `${titleOf(active.id)} dropped. It stays at position ${positionOf(active.id)} of ${count}.`,
    onDragCancel: ({ active }) =>
      `Moving cancelled. ${titleOf(active.id)} is back at position ${positionOf(active.id)} of ${count}.`,
  };
}
