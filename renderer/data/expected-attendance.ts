import type { Attendance, Person } from '../../shared/model';

/** Who a prepared meeting expects (its header's `expectedAttendeeIds`), as the screen shows them. */
export interface ExpectedAttendance {
  /** Every expected person still in the directory, in the directory's order. */
  expected: Person[];
  /** Those of them nobody has marked yet: the minute-taker's list to work through. */
  awaiting: Person[];
}

/**
 * Joins the expected ids to the directory and the marks. An id no longer in the directory (the
 * person was removed) is left out: there is nobody to mark.
 */
export function expectedAttendance(
  people: readonly Person[],
  attendance: Attendance,
  expectedIds: readonly string[],
): ExpectedAttendance {
  const ids = new Set(expectedIds);
  const expected = people.filter((person) => ids.has(person.id));
  return {
    expected,
    awaiting: expected.filter((person) => !attendance.statuses.has(person.id)),
  };
}
