import { formatLongDate } from '../format/dates';
import { ACTION_RAG_LABELS } from '../model/action-rag';
import type { RegisterRow } from '../model/action-register';
import type { Person } from '../model/people';
import { buildMailto, isPlainEmailAddress, MAX_MAILTO_LENGTH } from './mailto';

/**
 * "Email owners their actions": one email per owner, listing their open actions, to open in
 * the officer's own mail client. Owners who cannot be emailed are reported with the reason,
 * never silently left out.
 */
export interface OwnerEmail {
  owner: string;
  personId: string;
  address: string;
  /** Open actions of this owner; `listed` of them fitted in the email. */
  count: number;
  listed: number;
  url: string;
}

export interface UnreachableOwner {
  owner: string;
  count: number;
  reason: string;
}

export interface OwnerEmails {
  emails: OwnerEmail[];
  unreachable: UnreachableOwner[];
}

const isOpen = (row: RegisterRow) => row.status === 'open' || row.status === 'in progress';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One action as it reads in the email: reference and description, then due date and RAG. */
function actionLines(row: RegisterRow): string {
  const due = row.due ? `Due ${formatLongDate(row.due)}` : 'No due date';
  const what = row.reference ? `${row.reference}: ${row.description}` : row.description;
  return `- ${what.replace(/\s+/g, ' ')}\n  ${due} (${ACTION_RAG_LABELS[row.rag]})`;
}

/**
 * The email for one owner, listing as many actions as fit in a link of MAX_MAILTO_LENGTH,
 * then "and N more" for the rest: the register itself has them all.
 */
export function ownerEmail(
  person: Person,
  rows: readonly RegisterRow[],
  group: string,
): OwnerEmail {
  const subject = `Your open actions${group ? ` for ${group}` : ''}`;
  const intro = `Dear ${person.name},\n\nThese actions are open in your name${
    group ? ` in ${group}'s action register` : ''
  }:\n\n`;
  const outro = '\n\nPlease reply with an update on each.';
  const build = (listed: number) => {
    const lines = rows.slice(0, listed).map(actionLines);
    const more = rows.length - listed;
    if (more > 0) lines.push(`- and ${plural(more, 'more action', 'more actions')}`);
    return buildMailto({ to: person.email, subject, body: intro + lines.join('\n') + outro });
  };
  let listed = rows.length;
  let url = build(listed);
  while (url.length > MAX_MAILTO_LENGTH && listed > 0) {
    listed -= 1;
    url = build(listed);
  }
  if (url.length > MAX_MAILTO_LENGTH) {
    // Even with no action listed (a very long group name or address): say so plainly.
    throw new RangeError('the email does not fit in a mailto: link');
  }
  return {
    owner: person.name,
    personId: person.id,
    address: person.email,
    count: rows.length,
    listed,
    url,
  };
}

/** The open actions among `rows`, by owner: an email for each who can be sent one. */
export function ownerEmails(
  rows: readonly RegisterRow[],
  people: readonly Person[],
  group = '',
): OwnerEmails {
  const byOwner = new Map<string, RegisterRow[]>();
  for (const row of rows.filter(isOpen)) {
    const key = row.ownerPersonId ?? `name:${row.owner}`;
    byOwner.set(key, [...(byOwner.get(key) ?? []), row]);
  }
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const emails: OwnerEmail[] = [];
  const unreachable: UnreachableOwner[] = [];
  for (const owned of byOwner.values()) {
    const [first] = owned;
    if (!first) continue;
    const person = first.ownerPersonId ? peopleById.get(first.ownerPersonId) : undefined;
    const count = owned.length;
    if (!person) {
      const reason = first.ownerPersonId
        ? 'is no longer in the people list'
        : 'is not in the people list, so has no email address';
      unreachable.push({ owner: first.owner, count, reason });
    } else if (!person.email) {
      unreachable.push({ owner: person.name, count, reason: 'has no email address in People' });
    } else if (!isPlainEmailAddress(person.email)) {
      unreachable.push({
        owner: person.name,
        count,
        reason: `has an email address Quorum cannot use (${person.email})`,
      });
    } else {
      try {
        emails.push(ownerEmail(person, owned, group));
      } catch (error) {
        const reason = error instanceof RangeError ? error.message : String(error);
        unreachable.push({ owner: person.name, count, reason: `cannot be emailed: ${reason}` });
      }
    }
  }
  const byName = (a: { owner: string }, b: { owner: string }) =>
    a.owner.localeCompare(b.owner, 'en-GB');
  return { emails: emails.sort(byName), unreachable: unreachable.sort(byName) };
}
