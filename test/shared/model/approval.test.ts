import { describe, expect, it } from 'vitest';
import {
  agendaItemMinutes,
  changesAfterApproval,
  createMeeting,
  findPreviousMeeting,
  keepApprovedVersion,
  listHistory,
  listAgenda,
  listItemNotes,
  meetingReferences,
  minutesTextBlocks,
  PREVIOUS_MINUTES_ITEM_ID,
  readMeetingHeader,
  readPreviousMinutesResolution,
  reopenForCorrection,
  setAttendance,
} from '../../../shared/model';
import { approvePreviousMinutes } from '../../../shared/export/approve-previous';
import { readMeetingForExport } from '../../../shared/export/meeting-data';
import { inlineText } from '../../../shared/export/rich-text-data';
import { replaceRichText } from '../../../shared/model/rich-text-restore';
import { octoberAndJanuary } from './approval-fixtures';
import { replicaOf, steeringGroupMeeting, syncDocs } from './fixtures';

const NOW = new Date('2024-01-15T13:20:00Z');

function approveWithAmendment(meetings = octoberAndJanuary()) {
  approvePreviousMinutes(meetings.workspace, meetings.january, meetings.october, {
    resolution: 'agreed-with-amendments',
    amendments: 'Item 6: “Home Office” should read “Home Office (UKVI)”',
    by: 'Councillor Harland',
    now: NOW,
  });
  return meetings;
}

describe('approving the previous minutes', () => {
  it('finds the latest meeting before this one as the previous meeting', () => {
    const { workspace, octoberId, januaryId } = octoberAndJanuary();
    createMeeting(workspace, { ...steeringGroupMeeting, date: '2024-04-15' });
    createMeeting(workspace, { ...steeringGroupMeeting, date: '2023-07-10' });
    expect(findPreviousMeeting(workspace, januaryId)?.id).toBe(octoberId);
  });

  it('approves the previous meeting with the date and the meeting that approved it', () => {
    const { october, january, januaryId } = approveWithAmendment();
    expect(readMeetingHeader(october)).toMatchObject({
      minutesStatus: 'approved',
      approvedOn: '2024-01-15',
      approvedAt: januaryId,
      approvalAmendments: 'Item 6: “Home Office” should read “Home Office (UKVI)”',
    });
    expect(readPreviousMinutesResolution(january)).toMatchObject({
      meetingId: october.guid,
      meetingDate: '2023-10-09',
      resolution: 'agreed-with-amendments',
    });
    expect(listHistory(october)).toEqual([
      expect.objectContaining({
        kind: 'approved',
        by: 'Councillor Harland',
        at: NOW.toISOString(),
      }),
    ]);
  });

  it('gives the approved minutes their final references, in the snapshot exports use', () => {
    const { workspace, october } = approveWithAmendment();
    const references = meetingReferences(workspace, october, october.guid);
    const exported = readMeetingForExport(workspace, october);
    expect(exported.minutesStatus).toBe('approved');
    expect(exported.agenda.map((item) => item.reference?.text)).toEqual(
      listAgenda(october).map((item) => references.get(item.id)?.text),
    );
    expect(exported.agenda[0]?.reference?.text).toMatch(/23\/1$/);
    expect(exported.agenda.map((item) => item.reference?.provisional)).not.toContain(true);
  });

  it('prints the resolution under the item in the approving meeting’s minutes', () => {
    const { workspace, january } = approveWithAmendment();
    const item = readMeetingForExport(workspace, january).agenda.find(
      (i) => i.id === PREVIOUS_MINUTES_ITEM_ID,
    )!;
    const [resolved, amendments] = item.minutes;
    expect(resolved?.type === 'paragraph' && inlineText(resolved.inlines)).toBe(
      'RESOLVED: That the minutes of the meeting held on 9 October 2023 be agreed as a correct record, subject to the following amendments:',
    );
    expect(amendments).toMatchObject({
      type: 'list',
      items: [{ blocks: [{ type: 'paragraph' }] }],
    });
  });

  it('asks for the amendments, and refuses minutes that are not the previous meeting’s', () => {
    const { workspace, october, january } = octoberAndJanuary();
    const input = { resolution: 'agreed-with-amendments' as const, amendments: ' ', by: 'Chair' };
    expect(() => approvePreviousMinutes(workspace, january, october, input)).toThrow(
      /Enter the amendments/,
    );
    expect(() =>
      approvePreviousMinutes(workspace, october, january, { ...input, resolution: 'agreed' }),
    ).toThrow(/not the previous meeting/);
    expect(readMeetingHeader(october)?.minutesStatus).toBe('draft');
    expect(readPreviousMinutesResolution(january)).toBeNull();
  });

  it('refuses to approve minutes twice', () => {
    const { workspace, october, january } = approveWithAmendment();
    expect(() =>
      approvePreviousMinutes(workspace, january, october, {
        resolution: 'agreed',
        amendments: '',
        by: 'Chair',
      }),
    ).toThrow(/already approved/);
  });
});

describe('the frozen record', () => {
  it('exports the approved snapshot, not what reached the document afterwards', () => {
    const { workspace, october, aobId } = approveWithAmendment();
    replaceRichText(agendaItemMinutes(october, aobId), [
      { type: 'paragraph', inlines: [{ text: 'Typed later' }] },
    ]);
    const data = readMeetingForExport(workspace, october);
    expect(data.minutesStatus).toBe('approved');
    expect(data.approvedOn).toBe('2024-01-15');
    const aob = data.agenda.find((i) => i.id === aobId)!;
    const first = aob.minutes[0]!;
    expect(first.type === 'paragraph' && inlineText(first.inlines)).toBe(
      'Gerard asked about funding',
    );
  });

  it('shows an edit made offline before the approval arrived as a change, not losing it', () => {
    const meetings = octoberAndJanuary();
    const { october, aobId } = meetings;
    const laptop = replicaOf(october); // has not heard of the approval
    approveWithAmendment(meetings);
    replaceRichText(agendaItemMinutes(laptop, aobId), [
      { type: 'paragraph', inlines: [{ text: 'Gerard asked about funding' }] },
      { type: 'paragraph', inlines: [{ text: 'Added on the train' }] },
    ]);
    setAttendance(laptop, 'person-jennifer', 'apologies');
    syncDocs(october, laptop);
    expect(readMeetingHeader(october)?.minutesStatus).toBe('approved');
    const changes = changesAfterApproval(october, (id) =>
      id === 'person-jennifer' ? 'Jennifer Jennings' : id,
    );
    expect(changes.map((s) => s.heading)).toEqual(['Attendance', 'Any other business']);
    expect(changes[0]!.lines).toEqual([
      { change: 'removed', text: 'Jennifer Jennings: present' },
      { change: 'added', text: 'Jennifer Jennings: apologies' },
    ]);
    expect(changes[1]!.lines).toContainEqual({ change: 'added', text: 'Added on the train' });
    expect(changes[1]!.lines).toContainEqual({
      change: 'removed',
      text: '1. Write to the Home Office',
    });
  });

  it('keeps the approved version by putting it back, with the later text kept in the history', () => {
    const { october, aobId } = approveWithAmendment();
    replaceRichText(agendaItemMinutes(october, aobId), [
      { type: 'paragraph', inlines: [{ text: 'Added on the train' }] },
    ]);
    keepApprovedVersion(october, { by: 'Councillor Harland', now: NOW });
    expect(changesAfterApproval(october)).toEqual([]);
    expect(minutesTextBlocks(agendaItemMinutes(october, aobId))).toEqual([
      'Gerard asked about funding',
      'Write to the Home Office',
    ]);
    expect(listItemNotes(october, aobId, 'decisions').map((d) => d.text)).toEqual([
      'The network will meet quarterly',
    ]);
    const kept = listHistory(october).find((e) => e.kind === 'kept-approved');
    expect(kept?.detail).toContain('Added on the train');
  });

  it('reopens for correction only with a reason, kept in the history', () => {
    const { october } = approveWithAmendment();
    expect(() => reopenForCorrection(october, { reason: '  ', by: 'Chair' })).toThrow(/Say why/);
    reopenForCorrection(october, {
      reason: 'Wrong venue recorded',
      by: 'Councillor Harland',
      now: NOW,
    });
    expect(readMeetingHeader(october)).toMatchObject({
      minutesStatus: 'draft',
      approvedOn: null,
      approvedAt: null,
    });
    const reopened = listHistory(october).find((e) => e.kind === 'reopened');
    expect(reopened).toMatchObject({ by: 'Councillor Harland', reason: 'Wrong venue recorded' });
    expect(reopened?.detail).toContain('Gerard asked about');
    expect(changesAfterApproval(october)).toEqual([]);
  });
});
