/** The per-item controls that focus can be sent back to after the agenda changes. */
export type AgendaControl = 'handle' | 'up' | 'down' | 'edit' | 'delete';

/**
 * Moves focus to a control of an item after React has re-rendered the list. A moved row is
 * re-inserted in the DOM, which drops focus, and "Move up" disappears on the first item, so
 * the first of `controls` that exists gets focus.
 */
export function focusItemControl(
  list: HTMLElement | null,
  itemId: string,
  controls: readonly AgendaControl[],
): void {
  requestAnimationFrame(() => {
    const row = list?.querySelector(`[data-agenda-item="${CSS.escape(itemId)}"]`);
    for (const control of controls) {
      const target = row?.querySelector<HTMLElement>(`[data-control="${control}"]`);
      if (target) {
        target.focus();
        return;
      }
    }
  });
}
