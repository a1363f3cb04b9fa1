import type { Attendance } from './attendance';
import type { GroupProfile } from './group';

/**
 * The group's quorum rule (group profile): at least `members` members present, and, when
 * `includesChair` is set, the chair among them. Members "in attendance" (officers and guests
 * who are not members) never count towards it.
 */
export interface QuorumRule {
  members: number;
  includesChair: boolean;
}

export interface QuorumState {
  quorate: boolean;
  present: number;
  needed: number;
  /** False only when the rule needs the chair and the chair is not marked present. */
  chairPresent: boolean;
  /** "Quorate (5 present, 3 needed)" or "Not quorate (2 present, 3 needed)". */
  text: string;
}

/** The group's rule, or null when it has none (a quorum of 0). */
export function quorumRuleOf(group: Pick<GroupProfile, 'quorumMembers' | 'quorumIncludesChair'>) {
  if (group.quorumMembers <= 0) return null;
  return { members: group.quorumMembers, includesChair: group.quorumIncludesChair };
}

export function evaluateQuorum(
  rule: QuorumRule,
  attendance: Pick<Attendance, 'statuses' | 'chairId'>,
): QuorumState {
  const present = [...attendance.statuses.values()].filter((s) => s === 'present').length;
  const chairPresent =
    !rule.includesChair ||
    (attendance.chairId !== null && attendance.statuses.get(attendance.chairId) === 'present');
  const quorate = present >= rule.members && chairPresent;
  const counts = `${present} present, ${rule.members} needed${rule.includesChair ? ' including the chair' : ''}`;
  const chairNote = chairPresent ? '' : '; the chair is not present';
  return {
    quorate,
    present,
    needed: rule.members,
    chairPresent,
    text: `${quorate ? 'Quorate' : 'Not quorate'} (${counts}${chairNote})`,
  };
}

/** The rule in words for the group profile: "3 members, including the chair". */
export function describeQuorumRule(rule: QuorumRule | null): string {
  if (!rule) return 'No quorum rule';
  const members = `${rule.members} ${rule.members === 1 ? 'member' : 'members'}`;
  return rule.includesChair ? `${members}, including the chair` : members;
}
