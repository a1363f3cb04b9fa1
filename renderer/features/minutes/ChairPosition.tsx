import type { AgendaItem } from '../../../shared/model';
import { itemLabel } from '../actions/action-labels';

/**
 * Which item the chair is on, from the chair view's running state (run.currentItemId in the
 * meeting document, so it moves on every device as the chair moves on). A polite status:
 * a screen reader hears "The chair is on 4. Updates" when it changes, without losing its
 * place in the minutes; sighted, the same words sit above the items.
 */
export function ChairPosition({ current }: { current: AgendaItem | null }) {
  return (
    <p role="status" className="chair-position">
      {current ? (
        <>
          The chair is on <strong>{itemLabel(current)}</strong>.
        </>
      ) : (
        ''
      )}
    </p>
  );
}

/** The item the chair is on while the meeting runs; none before it starts or after it ends. */
export function chairItem(
  agenda: readonly AgendaItem[],
  run: { startedAt: number | null; endedAt: number | null; currentItemId: string | null },
): AgendaItem | null {
  if (run.startedAt === null || run.endedAt !== null) return null;
  return agenda.find((item) => item.id === run.currentItemId) ?? null;
}
