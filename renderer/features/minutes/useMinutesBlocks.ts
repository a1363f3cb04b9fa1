import { useCallback } from 'react';
import type * as Y from 'yjs';
import { minutesFragment } from '../../../shared/model';
import { minutesTextBlocks } from '../../../shared/model/minutes-text';
import type { MinutesBlock } from '../../../shared/rules/open-questions';
import { useObserved } from '../../data/useObserved';

/**
 * Every paragraph of every item's minutes as plain text, re-read when any of them changes
 * (typed here or synced). Reading is cheap next to a keystroke's own work, even for a long
 * meeting, and only the component using this re-renders, never the editors.
 */
export function useMinutesBlocks(doc: Y.Doc, itemIds: readonly string[]): MinutesBlock[] {
  // A string key keeps the subscription stable while the agenda itself does not change.
  const key = itemIds.join('\n');
  const types = useCallback(
    () => (key ? key.split('\n') : []).map((itemId) => minutesFragment(doc, itemId)),
    [doc, key],
  );
  const read = useCallback(
    () =>
      (key ? key.split('\n') : []).flatMap((itemId) =>
        minutesTextBlocks(minutesFragment(doc, itemId)).map((text) => ({ itemId, text })),
      ),
    [doc, key],
  );
  return useObserved(types, read);
}
