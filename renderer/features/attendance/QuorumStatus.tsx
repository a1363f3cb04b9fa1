import type * as Y from 'yjs';
import { evaluateQuorum, quorumRuleOf } from '../../../shared/model';
import { useResolvedAttendance } from '../../data/useResolvedAttendance';
import { useGroupProfile } from '../../data/useWorkspaceData';

/**
 * "Quorate (5 present, 3 needed)" or "Not quorate (…)", in words and not colour alone, from
 * the group's quorum rule; nothing when the group has no rule.
 */
export function QuorumStatus({ doc }: { doc: Y.Doc }) {
  const rule = quorumRuleOf(useGroupProfile());
  const attendance = useResolvedAttendance(doc);
  if (!rule) return null;
  const state = evaluateQuorum(rule, attendance);
  return (
    <p
      className={`quorum-status ${state.quorate ? 'quorum-status--met' : 'quorum-status--not-met'}`}
      role="status"
      aria-label="Quorum"
    >
      {state.text}
    </p>
  );
}
