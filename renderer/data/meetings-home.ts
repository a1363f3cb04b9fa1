import {
  isOverdue,
  newestFirst,
  nextMeetingIdFor,
  type Action,
  type Meeting,
} from '../../shared/model';

/** What the meetings home shows above the list: where the group stands in its cycle. */
export interface MeetingsHome {
  /** The soonest meeting on or after today, if there is one. */
  next: Meeting | null;
  /**
   * The latest meeting held (before today) whose next meeting has not been prepared yet: the
   * one "Prepare next meeting" prepares from. Null when there is an upcoming meeting already.
   */
  prepareFrom: Meeting | null;
  /**
   * The group's meetings held whose minutes are still a draft, newest first. A meeting that
   * was not the group's own is left out: the group does not approve its notes.
   */
  awaitingApproval: Meeting[];
  openActions: number;
  overdueActions: number;
}

/** `today` is the local calendar date ('YYYY-MM-DD', localIsoDate). */
export function summariseMeetingsHome(
  meetings: readonly Meeting[],
  actions: readonly Action[],
  today: string,
): MeetingsHome {
  const sorted = [...meetings].sort(newestFirst);
  const upcoming = sorted.filter((m) => m.date >= today);
  const held = sorted.filter((m) => m.date < today);
  const ids = new Set(meetings.map((m) => m.id));
  const latest = held[0] ?? null;
  const open = actions.filter((a) => a.status === 'open' || a.status === 'in progress');
  return {
    next: upcoming.at(-1) ?? null,
    prepareFrom:
      upcoming.length === 0 && latest && !ids.has(nextMeetingIdFor(latest.id)) ? latest : null,
    awaitingApproval: held.filter((m) => m.minutesStatus === 'draft' && m.groupMeeting),
    openActions: open.length,
    overdueActions: open.filter((a) => isOverdue(a, today)).length,
  };
}
