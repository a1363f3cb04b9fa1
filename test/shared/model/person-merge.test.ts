import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addDeclaration,
  addPerson,
  createAction,
  declarationsMinutes,
  getAction,
  getPerson,
  listPeople,
  mergePeople,
  personActions,
  personDeclarations,
  readAttendance,
  readExpectedAttendees,
  resolveAttendance,
  resolvePersonId,
  resolvePersonIds,
  setAttendance,
  setMeetingRole,
  setResolvedAttendance,
  addAgendaItem,
  headerMap,
  listAgenda,
} from '../../../shared/model';
import { replicaOf, syncDocs, workspaceWithMeeting } from './fixtures';

/** Jenny added on one laptop and Jennifer Jennings on another, both offline, then synced. */
function duplicates() {
  const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
  const other = replicaOf(workspace);
  const jenny = addPerson(workspace, { name: 'Jenny', email: 'jenny@leeds.gov.uk' });
  const jennifer = addPerson(other, {
    name: 'Jennifer Jennings',
    role: 'Housing lead',
    tags: ['officer'],
  });
  syncDocs(workspace, other);
  return { workspace, other, meetingId, meetingDoc, jenny, jennifer };
}

describe('merging duplicate people', () => {
  it('keeps one person in the directory and fills their empty fields from the duplicate', () => {
    const { workspace, jenny, jennifer } = duplicates();
    mergePeople(workspace, jenny, jennifer);
    expect(listPeople(workspace).map((p) => p.name)).toEqual(['Jennifer Jennings']);
    const kept = getPerson(workspace, jennifer)!;
    expect(kept).toMatchObject({
      role: 'Housing lead',
      email: 'jenny@leeds.gov.uk',
      tags: ['officer'],
    });
    // The duplicate's id now names the kept person, so old references read as her.
    expect(getPerson(workspace, jenny)?.name).toBe('Jennifer Jennings');
    expect(resolvePersonId(workspace, jenny)).toBe(jennifer);
  });

  it('moves actions, attendance, roles, declarations and expected attendees to the kept person', () => {
    const { workspace, meetingId, meetingDoc, jenny, jennifer } = duplicates();
    const action = createAction(workspace, {
      description: 'Write to schools',
      ownerPersonId: jenny,
      meetingId,
    });
    setAttendance(meetingDoc, jenny, 'present');
    setMeetingRole(meetingDoc, 'chairId', jenny);
    setMeetingRole(meetingDoc, 'minuteTakerId', jennifer);
    headerMap(meetingDoc).set('expectedAttendeeIds', [jenny, jennifer]);
    addAgendaItem(meetingDoc, { title: 'Declarations of interest' });
    const itemId = listAgenda(meetingDoc)[0]!.id;
    addDeclaration(meetingDoc, workspace, {
      personId: jenny,
      itemId,
      kind: 'other registrable',
      action: 'remained',
      reason: 'a trustee of Leeds City of Sanctuary',
    });

    const result = mergePeople(workspace, jenny, jennifer);

    expect(result.actionsMoved).toBe(1);
    expect(getAction(workspace, action)?.ownerPersonId).toBe(jennifer);
    expect(personActions(workspace, jennifer).open.map((a) => a.id)).toEqual([action]);
    const attendance = resolveAttendance(workspace, readAttendance(meetingDoc));
    expect([...attendance.statuses]).toEqual([[jennifer, 'present']]);
    expect(attendance.chairId).toBe(jennifer);
    expect(attendance.minuteTakerId).toBe(jennifer);
    expect(resolvePersonIds(workspace, readExpectedAttendees(meetingDoc))).toEqual([jennifer]);
    const declarations = personDeclarations(workspace, jennifer, [
      { id: meetingId, date: '2023-10-09', doc: meetingDoc },
    ]);
    expect(declarations.map((d) => d.reason)).toEqual(['a trustee of Leeds City of Sanctuary']);
    expect(declarationsMinutes(meetingDoc, workspace)[0]).toMatch(/^Jennifer Jennings declared/);
    // The meeting document itself was not rewritten: nothing in it is lost.
    expect(readAttendance(meetingDoc).statuses.get(jenny)).toBe('present');
  });

  it('counts a meeting once when both names were marked, the kept person’s own mark first', () => {
    const { workspace, meetingDoc, jenny, jennifer } = duplicates();
    setAttendance(meetingDoc, jenny, 'present');
    setAttendance(meetingDoc, jennifer, 'apologies');
    mergePeople(workspace, jenny, jennifer);
    expect([...resolveAttendance(workspace, readAttendance(meetingDoc)).statuses]).toEqual([
      [jennifer, 'apologies'],
    ]);
    // Marked under the duplicate only, twice over (a chain), the more present mark counts.
    const { workspace: ws2, meetingDoc: doc2 } = workspaceWithMeeting();
    const a = addPerson(ws2, { name: 'J' });
    const b = addPerson(ws2, { name: 'Jen' });
    const c = addPerson(ws2, { name: 'Jennifer' });
    setAttendance(doc2, a, 'apologies');
    setAttendance(doc2, b, 'present');
    mergePeople(ws2, a, b);
    mergePeople(ws2, b, c);
    expect([...resolveAttendance(ws2, readAttendance(doc2)).statuses]).toEqual([[c, 'present']]);
  });

  it('marking the kept person afterwards clears the duplicate’s mark in that meeting', () => {
    const { workspace, meetingDoc, jenny, jennifer } = duplicates();
    setAttendance(meetingDoc, jenny, 'present');
    mergePeople(workspace, jenny, jennifer);
    setResolvedAttendance(meetingDoc, workspace, jennifer, null);
    expect(resolveAttendance(workspace, readAttendance(meetingDoc)).statuses.size).toBe(0);
    setResolvedAttendance(meetingDoc, workspace, jenny, 'absent');
    expect([...readAttendance(meetingDoc).statuses]).toEqual([[jennifer, 'absent']]);
  });

  it('refuses to merge someone into themselves or a person already merged', () => {
    const { workspace, jenny, jennifer } = duplicates();
    expect(() => mergePeople(workspace, jenny, jenny)).toThrow(/different person/);
    mergePeople(workspace, jenny, jennifer);
    expect(() => mergePeople(workspace, jenny, jennifer)).toThrow(/Jenny has already been merged/);
    expect(() => mergePeople(workspace, jennifer, jenny)).toThrow(/already been merged/);
    expect(() => mergePeople(workspace, 'nobody', jennifer)).toThrow(/No person with id nobody/);
  });

  it('converges when two devices merge the same pair the same way offline', () => {
    const { workspace, other, jenny, jennifer } = duplicates();
    mergePeople(workspace, jenny, jennifer);
    mergePeople(other, jenny, jennifer);
    syncDocs(workspace, other);
    expect(listPeople(workspace)).toEqual(listPeople(other));
    expect(listPeople(workspace).map((p) => p.id)).toEqual([jennifer]);
  });

  it('converges when two offline devices merge the pair each way round', () => {
    const { workspace, other, meetingId, meetingDoc, jenny, jennifer } = duplicates();
    const action = createAction(workspace, {
      description: 'Chase the press release',
      ownerPersonId: jenny,
      meetingId,
    });
    syncDocs(workspace, other);
    setAttendance(meetingDoc, jenny, 'present');

    mergePeople(workspace, jenny, jennifer); // this laptop keeps Jennifer Jennings …
    mergePeople(other, jennifer, jenny); // … the other keeps Jenny
    syncDocs(workspace, other);

    const kept = [jenny, jennifer].sort()[0]!;
    for (const doc of [workspace, other]) {
      expect(listPeople(doc).map((p) => p.id)).toEqual([kept]);
      expect(resolvePersonId(doc, jenny)).toBe(kept);
      expect(resolvePersonId(doc, jennifer)).toBe(kept);
      // Both merges filled the kept record from the other: every field survives.
      expect(getPerson(doc, kept)).toMatchObject({
        email: 'jenny@leeds.gov.uk',
        role: 'Housing lead',
        tags: ['officer'],
      });
      expect(personActions(doc, kept).open.map((a) => a.id)).toEqual([action]);
      expect([...resolveAttendance(doc, readAttendance(meetingDoc)).statuses]).toEqual([
        [kept, 'present'],
      ]);
    }
  });

  it('converges when two offline devices merge one duplicate into different people', () => {
    const { workspace, other, jenny, jennifer } = duplicates();
    const third = addPerson(workspace, { name: 'J. Jennings' });
    syncDocs(workspace, other);
    mergePeople(workspace, jenny, jennifer);
    mergePeople(other, jenny, third);
    syncDocs(workspace, other);
    expect(resolvePersonId(workspace, jenny)).toBe(resolvePersonId(other, jenny));
    expect(listPeople(workspace).map((p) => p.id)).toEqual(listPeople(other).map((p) => p.id));
    expect(listPeople(workspace)).toHaveLength(2);
  });

  it('a duplicate merged into someone who was later merged follows the chain', () => {
    const { workspace, other, jenny, jennifer } = duplicates();
    const third = addPerson(other, { name: 'J. Jennings' });
    syncDocs(workspace, other);
    mergePeople(workspace, jenny, jennifer);
    mergePeople(other, jennifer, third);
    syncDocs(workspace, other);
    for (const doc of [workspace, other]) {
      expect(resolvePersonId(doc, jenny)).toBe(third);
      expect(listPeople(doc).map((p) => p.name)).toEqual(['J. Jennings']);
    }
  });

  it('reads a mergedInto that names nobody as not merged, so the person is not lost', () => {
    const { workspace, jenny } = duplicates();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(workspace));
    doc.getMap<Y.Map<unknown>>('people').get(jenny)!.set('mergedInto', 'gone');
    expect(listPeople(doc).map((p) => p.name)).toContain('Jenny');
  });
});
