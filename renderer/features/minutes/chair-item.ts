import type { AgendaItem, RunState } from '../../../shared/model';

/** The item the chair is on while the meeting runs; none before it starts or after it ends. */
export function chairItem(
  agenda: readonly AgendaItem[],
  run: Pick<RunState, 'startedAt' | 'endedAt' | 'currentItemId'>,
): AgendaItem | null {
  if (run.startedAt === null || run.endedAt !== null) return null;
  return agenda.find((item) => item.id === run.currentItemId) ?? null;
}
