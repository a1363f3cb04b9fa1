import * as prng from 'lib0/prng';
import type * as Y from 'yjs';
import { approvePreviousMinutes } from '../../shared/export/approve-previous';
import {
  actionStatuses,
  actionsMap,
  addAgendaItem,
  addItemNote,
  addPerson,
  agendaItemMinutes,
  approvedRecordMap,
  attendanceStatuses,
  changesAfterApproval,
  createAction,
  deleteMeeting,
  fillNextMeeting,
  findPreviousMeeting,
  initialiseMeetingDoc,
  keepApprovedVersion,
  listActions,
  listAgenda,
  listMeetings,
  listPeople,
  listPersonRecords,
  mergePeople,
  migrateMeetingDoc,
  moveAgendaItem,
  prepareNextMeeting,
  readMeetingHeader,
  removeAction,
  removeAgendaItem,
  reopenForCorrection,
  restoreAction,
  restoreMeeting,
  setAttendance,
  setCarryForward,
  setMeetingRole,
  setResolvedAttendance,
  updateAction,
  updateAgendaItem,
  updateMeetingHeader,
  updatePerson,
  type AgendaItem,
} from '../../shared/model';
import { recordItemId, stableJson, type RunHistory } from './history';
import { typeInMinutes } from './minutes-typing';
import type { Replica } from './network';

export interface OperationContext {
  gen: prng.PRNG;
  replica: Replica;
  now: Date;
  history: RunHistory;
}

/** One domain operation; returns what it did, or null when it does not apply here now. */
type Operation = (ctx: OperationContext) => string | null;

/** Meetings after this many are not prepared, so a run's documents stay few. */
const MAX_MEETINGS = 4;

interface OpenMeeting {
  id: string;
  doc: Y.Doc;
}

/** Opens a meeting as the app does: migrate its document, then fill it if it is new. */
function open(replica: Replica, meetingId: string): OpenMeeting {
  const doc = replica.doc(meetingId);
  migrateMeetingDoc(doc);
  initialiseMeetingDoc(doc, replica.workspace, meetingId);
  return { id: meetingId, doc };
}

function openRandomMeeting({ gen, replica }: OperationContext): OpenMeeting | null {
  const meetings = listMeetings(replica.workspace);
  return meetings.length === 0 ? null : open(replica, pick(gen, meetings).id);
}

function randomItem(gen: prng.PRNG, doc: Y.Doc): AgendaItem | null {
  const items = listAgenda(doc);
  return items.length === 0 ? null : pick(gen, items);
}

/** One of `items` (prng.oneOf, for read-only arrays such as the model's `as const` lists). */
function pick<T>(gen: prng.PRNG, items: readonly T[]): T {
  return items[prng.int32(gen, 0, items.length - 1)]!;
}

const positionOf = (doc: Y.Doc, id: string) =>
  listAgenda(doc).find((item) => item.id === id)?.position ?? 'missing';

const title = (gen: prng.PRNG) => `Item ${prng.word(gen, 3, 10)}`;

/**
 * After a local add or move the item must sit where it was put: the agenda's order is what
 * a chair sees, so an item landing elsewhere is a bug even without any other device.
 */
function expectAt(doc: Y.Doc, id: string, index: number, what: string): void {
  const items = listAgenda(doc);
  const wanted = Math.max(0, Math.min(index, items.length - 1));
  const found = items.findIndex((item) => item.id === id);
  if (found !== wanted)
    throw new Error(
      `${what}: item ${id} asked for position ${wanted + 1} but is at ${found + 1} ` +
        `(positions ${items.map((item) => `${item.position}:${item.id.slice(0, 8)}`).join(' ')})`,
    );
}

const agendaAdd: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  if (!meeting) return null;
  const count = listAgenda(meeting.doc).length;
  const index = prng.bool(ctx.gen) ? prng.int32(ctx.gen, 0, count) : undefined;
  const id = addAgendaItem(meeting.doc, { title: title(ctx.gen) }, index);
  if (index !== undefined) expectAt(meeting.doc, id, index, 'addAgendaItem');
  return `add agenda item ${id} to ${meeting.id} at ${index ?? 'default'}: ${positionOf(meeting.doc, id)}`;
};

const agendaMove: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  const item = meeting && randomItem(ctx.gen, meeting.doc);
  if (!meeting || !item) return null;
  const index = prng.int32(ctx.gen, 0, listAgenda(meeting.doc).length - 1);
  moveAgendaItem(meeting.doc, item.id, index);
  expectAt(meeting.doc, item.id, index, 'moveAgendaItem');
  return `move ${item.id} in ${meeting.id} to ${index}: ${positionOf(meeting.doc, item.id)}`;
};

const agendaRemove: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  const item = meeting && randomItem(ctx.gen, meeting.doc);
  if (!meeting || !item) return null;
  removeAgendaItem(meeting.doc, item.id);
  ctx.history.removedItems.add(`${meeting.id}/${item.id}`);
  return `remove ${item.id}`;
};

const agendaEdit: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  const item = meeting && randomItem(ctx.gen, meeting.doc);
  if (!meeting || !item) return null;
  if (prng.bool(ctx.gen)) {
    updateAgendaItem(meeting.doc, item.id, { title: title(ctx.gen) });
    return `retitle ${item.id}`;
  }
  const mark = pick(ctx.gen, ['carry forward', 'deferred', null] as const);
  setCarryForward(meeting.doc, item.id, mark);
  return `carry ${item.id}: ${mark}`;
};

const minutesTyping: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  const item = meeting && randomItem(ctx.gen, meeting.doc);
  if (!meeting || !item) return null;
  return `minutes of ${item.id}: ${typeInMinutes(ctx.gen, agendaItemMinutes(meeting.doc, item.id))}`;
};

const decision: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  const item = meeting && randomItem(ctx.gen, meeting.doc);
  if (!meeting || !item) return null;
  addItemNote(meeting.doc, item.id, 'decisions', `Agreed ${prng.word(ctx.gen, 2, 8)}`, ctx.now);
  return `decision on ${item.id}`;
};

const actionCreate: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  if (!meeting) return null;
  const people = listPeople(ctx.replica.workspace);
  const item = randomItem(ctx.gen, meeting.doc);
  const person = people.length > 0 && prng.bool(ctx.gen) ? pick(ctx.gen, people) : null;
  const id = createAction(
    ctx.replica.workspace,
    {
      description: `Do ${prng.word(ctx.gen, 2, 10)}`,
      ownerPersonId: person?.id ?? null,
      ownerName: person ? '' : 'Working group',
      meetingId: meeting.id,
      itemId: item?.id ?? null,
    },
    ctx.now,
  );
  return `create action ${id} in ${meeting.id}`;
};

const actionChange: Operation = (ctx) => {
  const workspace = ctx.replica.workspace;
  const actions = listActions(workspace);
  const choice = prng.int32(ctx.gen, 0, 9);
  const undo = ctx.history.removedActions.get(ctx.replica.index) ?? [];
  if (choice === 0 && undo.length > 0) {
    const removed = undo.pop()!;
    // The app offers Undo only while the action's meeting is on screen.
    if (!listMeetings(workspace).some((m) => m.id === removed.meetingId)) return null;
    restoreAction(workspace, removed);
    return `restore action ${removed.id}`;
  }
  if (actions.length === 0) return null;
  const action = pick(ctx.gen, actions);
  if (choice === 1) {
    undo.push(removeAction(workspace, action.id));
    ctx.history.removedActions.set(ctx.replica.index, undo);
    return `remove action ${action.id}`;
  }
  if (choice < 6) {
    updateAction(workspace, action.id, { status: pick(ctx.gen, actionStatuses) }, ctx.now);
    return `action ${action.id} status`;
  }
  const day = String(prng.int32(ctx.gen, 1, 28)).padStart(2, '0');
  updateAction(
    workspace,
    action.id,
    prng.bool(ctx.gen)
      ? { due: `2026-03-${day}` }
      : { description: `Do ${prng.word(ctx.gen, 2, 10)}` },
    ctx.now,
  );
  return `action ${action.id} details`;
};

const attendance: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  const people = listPersonRecords(ctx.replica.workspace);
  if (!meeting || people.length === 0) return null;
  const person = pick(ctx.gen, people);
  const choice = prng.int32(ctx.gen, 0, 4);
  if (choice === 0) {
    const role = pick(ctx.gen, ['chairId', 'minuteTakerId'] as const);
    setMeetingRole(meeting.doc, role, person.id);
    return `${role} ${person.id}`;
  }
  const status = prng.int32(ctx.gen, 0, 5) === 0 ? null : pick(ctx.gen, attendanceStatuses);
  if (choice === 1) setAttendance(meeting.doc, person.id, status);
  else setResolvedAttendance(meeting.doc, ctx.replica.workspace, person.id, status);
  return `attendance ${person.id} ${status}`;
};

const people: Operation = (ctx) => {
  const workspace = ctx.replica.workspace;
  const directory = listPeople(workspace);
  const choice = prng.int32(ctx.gen, 0, 5);
  if (choice < 2 || directory.length < 2) {
    const id = addPerson(workspace, { name: `Person ${prng.word(ctx.gen, 3, 8)}` });
    return `add person ${id}`;
  }
  const person = pick(ctx.gen, directory);
  if (choice < 4) {
    updatePerson(workspace, person.id, { role: `Role ${prng.word(ctx.gen, 2, 6)}` });
    return `update person ${person.id}`;
  }
  const kept = pick(
    ctx.gen,
    directory.filter((other) => other.id !== person.id),
  );
  mergePeople(workspace, person.id, kept.id);
  return `merge ${person.id} into ${kept.id}`;
};

/** The chair records the resolution at the next meeting, which approves the previous one. */
const approval: Operation = (ctx) => {
  const approving = openRandomMeeting(ctx);
  if (!approving || !readMeetingHeader(approving.doc)) return null;
  const previousMeeting = findPreviousMeeting(ctx.replica.workspace, approving.id);
  if (!previousMeeting) return null;
  const previous = open(ctx.replica, previousMeeting.id);
  // Half-delivered updates can hide a header field for a while (a value's deletion arrives
  // before the value that replaced it can be applied); the app then offers no approval.
  const header = readMeetingHeader(previous.doc);
  if (!header || header.minutesStatus === 'approved') return null;
  approvePreviousMinutes(ctx.replica.workspace, approving.doc, previous.doc, {
    resolution: 'agreed',
    amendments: '',
    by: `replica ${ctx.replica.index}`,
    now: ctx.now,
  });
  const written = ctx.history.approvals.get(previous.id) ?? [];
  written.push(stableJson(approvedRecordMap(previous.doc).toJSON()));
  ctx.history.approvals.set(previous.id, written);
  return `approve ${previous.id} at ${approving.id}`;
};

const afterApproval: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  if (!meeting || readMeetingHeader(meeting.doc)?.minutesStatus !== 'approved') return null;
  const by = `replica ${ctx.replica.index}`;
  if (changesAfterApproval(meeting.doc).length > 0 && prng.bool(ctx.gen)) {
    keepApprovedVersion(meeting.doc, { by, now: ctx.now });
    return `keep approved version of ${meeting.id}`;
  }
  reopenForCorrection(meeting.doc, { by, reason: 'A correction', now: ctx.now });
  return `reopen ${meeting.id}`;
};

const prepareNext: Operation = (ctx) => {
  const workspace = ctx.replica.workspace;
  const previous = openRandomMeeting(ctx);
  if (!previous || listMeetings(workspace).length >= MAX_MEETINGS) return null;
  // The app offers "Prepare next meeting" on a meeting whose header it has read (see approval).
  if (!readMeetingHeader(previous.doc)) return null;
  const nextId = prepareNextMeeting(workspace, previous.id, previous.doc, ctx.now);
  fillNextMeeting(ctx.replica.doc(nextId), workspace, previous.id, previous.doc);
  return `prepare ${nextId} after ${previous.id}`;
};

const meetingHeader: Operation = (ctx) => {
  const meeting = openRandomMeeting(ctx);
  if (!meeting) return null;
  updateMeetingHeader(ctx.replica.workspace, meeting.doc, meeting.id, {
    venue: `Room ${prng.word(ctx.gen, 1, 4)}`,
  });
  return `venue of ${meeting.id}`;
};

const meetingDelete: Operation = (ctx) => {
  const workspace = ctx.replica.workspace;
  const undo = ctx.history.deletedMeetings.get(ctx.replica.index) ?? [];
  ctx.history.deletedMeetings.set(ctx.replica.index, undo);
  if (undo.length > 0 && prng.bool(ctx.gen)) {
    const deleted = undo.pop()!;
    restoreMeeting(workspace, deleted);
    return `restore meeting ${deleted.meetingId}`;
  }
  const meetings = listMeetings(workspace);
  if (meetings.length < 2) return null;
  const meeting = pick(ctx.gen, meetings);
  const knownRecords = new Set(
    listActions(workspace, { meetingId: meeting.id }).map((a) =>
      recordItemId(actionsMap(workspace).get(a.id)),
    ),
  );
  undo.push(deleteMeeting(workspace, meeting.id));
  ctx.history.meetingDeletions.push({ meetingId: meeting.id, knownRecords });
  return `delete meeting ${meeting.id}`;
};

/** Weighted: typing dominates real use; deleting a meeting is rare. */
const OPERATIONS: [Operation, number][] = [
  [minutesTyping, 30],
  [agendaAdd, 6],
  [agendaMove, 8],
  [agendaRemove, 3],
  [agendaEdit, 4],
  [decision, 3],
  [actionCreate, 6],
  [actionChange, 6],
  [attendance, 6],
  [people, 4],
  [approval, 3],
  [afterApproval, 2],
  [prepareNext, 2],
  [meetingHeader, 2],
  [meetingDelete, 1],
];
const TOTAL_WEIGHT = OPERATIONS.reduce((sum, [, weight]) => sum + weight, 0);

/** Runs one random operation that applies on this replica (tries a few before giving up). */
export function runRandomOperation(ctx: OperationContext): string | null {
  for (let attempt = 0; attempt < 5; attempt++) {
    let pick = prng.int32(ctx.gen, 0, TOTAL_WEIGHT - 1);
    const [operation] = OPERATIONS.find(([, weight]) => (pick -= weight) < 0)!;
    const done = operation(ctx);
    if (done !== null) return done;
  }
  return null;
}
