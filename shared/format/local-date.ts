/**
 * Today as the person at the laptop sees it ('YYYY-MM-DD' from the local calendar), for
 * reading "by Friday" and flagging overdue actions. Not toISOString(): that is UTC, and
 * between midnight and 1am in a British summer it would still be yesterday.
 */
export function localIsoDate(now: Date = new Date()): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
