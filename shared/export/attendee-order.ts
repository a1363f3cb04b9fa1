import type { AttendanceStatus } from '../model';
import type { PersonLine } from './meeting-data';

/**
 * The order UK minutes list people in: the chair first, then members by surname (Brandon,
 * Filipova-Rivers, Jennings …); officers in attendance come after, in their own list, also
 * by surname. Every export reads the lists in this order.
 */

/** The last word of the name; a name of one word is its own surname. */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

const bySurname = (a: PersonLine, b: PersonLine) =>
  surname(a.name).localeCompare(surname(b.name), 'en-GB', { sensitivity: 'base' }) ||
  a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' });

const samePerson = (a: PersonLine, b: PersonLine | null) =>
  b !== null && a.name === b.name && a.role === b.role && a.organisation === b.organisation;

/** Sorts each list by surname and puts the chair at the head of the list they are in. */
export function orderAttendance(
  attendance: Record<AttendanceStatus, PersonLine[]>,
  chair: PersonLine | null,
): Record<AttendanceStatus, PersonLine[]> {
  const order = (people: readonly PersonLine[]) => {
    const sorted = [...people].sort(bySurname);
    const chairs = sorted.filter((person) => samePerson(person, chair));
    return [...chairs, ...sorted.filter((person) => !samePerson(person, chair))];
  };
  return {
    present: order(attendance.present),
    apologies: order(attendance.apologies),
    absent: order(attendance.absent),
    'in-attendance': order(attendance['in-attendance']),
  };
}
