import { describe, expect, it } from 'vitest';
import { MAX_MAILTO_LENGTH, mailtoProblem } from '../../../shared/mail/mailto';
import { ownerEmails } from '../../../shared/mail/owner-emails';
import { actionRag, type ActionStatus, type Person, type RegisterRow } from '../../../shared/model';

const TODAY = '2024-03-12';

const person = (id: string, name: string, email = ''): Person => ({
  id,
  name,
  role: '',
  organisation: '',
  email,
  tags: [],
  mergedInto: null,
});

const JENNY = person('p-jenny', 'Jennifer Jennings', 'jenny@example.org');
const HARLAND = person('p-harland', 'Councillor Harland');
const PEOPLE = [JENNY, HARLAND];

function row(
  n: number,
  owner: Person | string,
  due: string | null,
  status: ActionStatus = 'open',
  description = `Action number ${n}`,
): RegisterRow {
  return {
    id: `a${n}`,
    reference: `SG 23/14 A${n}`,
    provisional: false,
    description,
    owner: typeof owner === 'string' ? owner : owner.name,
    ownerPersonId: typeof owner === 'string' ? null : owner.id,
    due,
    status,
    rag: actionRag({ status, due }, TODAY),
    meetingId: 'm1',
    meetingTitle: 'Steering Group',
    meetingDate: '2023-10-09',
    action: {} as RegisterRow['action'],
  };
}

const bodyOf = (url: string) => decodeURIComponent(url.split('&body=')[1]!).replace(/\r\n/g, '\n');

describe('ownerEmails', () => {
  it('writes one email per owner, with their open actions only, dates in words and RAG', () => {
    const rows = [
      row(1, JENNY, '2023-10-09'),
      row(2, JENNY, null, 'in progress'),
      row(3, JENNY, '2024-03-20', 'done'),
      row(4, JENNY, '2024-03-20'),
    ];
    const { emails, unreachable } = ownerEmails(rows, PEOPLE, 'Steering Group');
    expect(unreachable).toEqual([]);
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email).toMatchObject({
      owner: 'Jennifer Jennings',
      address: 'jenny@example.org',
      count: 3,
      listed: 3,
    });
    expect(email!.url.startsWith('mailto:jenny@example.org?subject=')).toBe(true);
    expect(decodeURIComponent(email!.url.split('subject=')[1]!.split('&')[0]!)).toBe(
      'Your open actions for Steering Group',
    );
    expect(bodyOf(email!.url)).toBe(
      [
        'Dear Jennifer Jennings,',
        '',
        "These actions are open in your name in Steering Group's action register:",
        '',
        '- SG 23/14 A1: Action number 1',
        '  Due 9 October 2023 (Overdue)',
        '- SG 23/14 A2: Action number 2',
        '  No due date (On track)',
        '- SG 23/14 A4: Action number 4',
        '  Due 20 March 2024 (Due within 14 days)',
        '',
        'Please reply with an update on each.',
      ].join('\n'),
    );
    expect(mailtoProblem(email!.url)).toBeNull();
  });

  it('lists, with the reason, owners without an email address or not in People', () => {
    const rows = [row(1, HARLAND, null), row(2, 'Jenny', null), row(3, 'Jenny', null)];
    const { emails, unreachable } = ownerEmails(rows, PEOPLE);
    expect(emails).toEqual([]);
    expect(unreachable).toEqual([
      { owner: 'Councillor Harland', count: 1, reason: 'has no email address in People' },
      { owner: 'Jenny', count: 2, reason: 'is not in the people list, so has no email address' },
    ]);
  });

  it('lists an owner whose stored address Quorum will not put in a link', () => {
    const sneaky = person('p-s', 'Sneaky', 'a@example.org?bcc=spy@example.org');
    const { unreachable } = ownerEmails([row(1, sneaky, null)], [sneaky]);
    expect(unreachable[0]!.reason).toMatch(/^has an email address Quorum cannot use/);
  });

  it('keeps the link within the safe length, ending the list with "and N more"', () => {
    const long = 'Write to every partner organisation about the award and the pledge '.repeat(2);
    const rows = Array.from({ length: 40 }, (_, i) =>
      row(i + 1, JENNY, '2024-03-01', 'open', long),
    );
    const [email] = ownerEmails(rows, PEOPLE).emails;
    expect(email!.url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(email!.listed).toBeGreaterThan(0);
    expect(email!.listed).toBeLessThan(40);
    expect(bodyOf(email!.url)).toContain(`- and ${40 - email!.listed} more actions\n`);
    expect(mailtoProblem(email!.url)).toBeNull();
  });

  it('cannot be led by a description into adding headers or recipients', () => {
    const rows = [row(1, JENNY, null, 'open', 'Fix\r\nBcc: spy@example.org&cc=x@example.org')];
    const [email] = ownerEmails(rows, PEOPLE).emails;
    expect(mailtoProblem(email!.url)).toBeNull();
    expect(email!.url).not.toMatch(/[&?](bcc|cc)=/i);
    expect(bodyOf(email!.url)).toContain(
      '- SG 23/14 A1: Fix Bcc: spy@example.org&cc=x@example.org',
    );
  });
});
