/**
 * Minutes refer to a meeting's actions as A1, A2 … in the order they were captured, so a
 * reference in the notes ("see A2") never changes when due dates or statuses do.
 */
export interface RefSource {
  id: string;
  createdAt: string;
}

export function actionRefs(actions: readonly RefSource[]): Map<string, string> {
  const ordered = [...actions].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return new Map(ordered.map((action, index) => [action.id, `A${index + 1}`]));
}
