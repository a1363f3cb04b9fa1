import { describe, expect, it } from 'vitest';
import {
  describeQuorumRule,
  evaluateQuorum,
  quorumRuleOf,
  readGroupProfile,
  updateGroupProfile,
  type AttendanceStatus,
} from '../../../shared/model';
import { workspaceWithMeeting } from './fixtures';

function marks(...statuses: AttendanceStatus[]) {
  return new Map(statuses.map((status, index) => [`p${index + 1}`, status]));
}

describe('the quorum rule', () => {
  it('is quorate at exactly the number needed and not one below', () => {
    const rule = { members: 3, includesChair: false };
    expect(
      evaluateQuorum(rule, { statuses: marks('present', 'present', 'present'), chairId: null }),
    ).toMatchObject({
      quorate: true,
      present: 3,
      needed: 3,
      text: 'Quorate (3 present, 3 needed)',
    });
    expect(
      evaluateQuorum(rule, { statuses: marks('present', 'present', 'apologies'), chairId: null })
        .text,
    ).toBe('Not quorate (2 present, 3 needed)');
  });

  it('counts only those present: apologies, absent and in attendance do not count', () => {
    const state = evaluateQuorum(
      { members: 2, includesChair: false },
      { statuses: marks('present', 'apologies', 'absent', 'in-attendance'), chairId: null },
    );
    expect([state.present, state.quorate]).toEqual([1, false]);
  });

  it('with "including the chair", needs the chair present as well as the number', () => {
    const rule = { members: 2, includesChair: true };
    const statuses = marks('present', 'present', 'apologies');
    expect(evaluateQuorum(rule, { statuses, chairId: 'p1' }).text).toBe(
      'Quorate (2 present, 2 needed including the chair)',
    );
    expect(evaluateQuorum(rule, { statuses, chairId: 'p3' })).toMatchObject({
      quorate: false,
      chairPresent: false,
      text: 'Not quorate (2 present, 2 needed including the chair; the chair is not present)',
    });
    expect(evaluateQuorum(rule, { statuses, chairId: null }).quorate).toBe(false);
  });

  it('is kept in the group profile, 0 meaning no rule, and refuses a bad number', () => {
    const { workspace } = workspaceWithMeeting();
    expect(quorumRuleOf(readGroupProfile(workspace))).toBeNull();
    updateGroupProfile(workspace, { quorumMembers: 5, quorumIncludesChair: true });
    const rule = quorumRuleOf(readGroupProfile(workspace));
    expect(rule).toEqual({ members: 5, includesChair: true });
    expect(describeQuorumRule(rule)).toBe('5 members, including the chair');
    expect(describeQuorumRule({ members: 1, includesChair: false })).toBe('1 member');
    expect(describeQuorumRule(null)).toBe('No quorum rule');
    expect(() => updateGroupProfile(workspace, { quorumMembers: -1 })).toThrow(
      /cannot be negative/,
    );
    expect(() => updateGroupProfile(workspace, { quorumMembers: 2.5 })).toThrow(/whole number/);
    expect(readGroupProfile(workspace).quorumMembers).toBe(5);
  });
});
