import { useEffect, useState } from 'react';

/**
 * The time now, re-read every second while `ticking`. Only the display ticks: elapsed times
 * are worked out from the run state's timestamps, so nothing is written to the document.
 */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const tick = () => setNow(Date.now());
    // Catch up at once (the clock may have been idle for a while), then every second.
    const first = setTimeout(tick, 0);
    const every = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [ticking]);
  return now;
}
