import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/perf-marks';

/**
 * The first `firstFrame` of `items` in the first frame, and all of them from the next, as a
 * transition. A long list then paints its top (all a window can show) at once instead of
 * waiting for rows below the fold; a short one is drawn whole at once.
 */
export function useRowsInTwoFrames<T>(items: T[], firstFrame: number): T[] {
  const [all, setAll] = useState(items.length <= firstFrame);
  useEffect(() => {
    if (all) return;
    let live = true;
    void afterNextPaint().then(() => live && startTransition(() => setAll(true)));
    return () => {
      live = false;
    };
  }, [all]);
  return all ? items : items.slice(0, firstFrame);
}
