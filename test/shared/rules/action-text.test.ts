import { describe, expect, it, vi } from 'vitest';
import {
  parseActionText,
  type ActionSuggestion,
  type PersonCandidate,
} from '../../../shared/rules/action-text';

// The people of seeds 000, 001 and 004, as the group's people list would hold them.
const people: PersonCandidate[] = [
  { id: 'jj', name: 'Jennifer Jennings' },
  { id: 'rm', name: 'Rose McCarthy' },
  { id: 'mb', name: 'Mary Brandon' },
  { id: 'mf', name: 'Maggie Filipova-Rivers' },
  { id: 'st', name: 'Sara Trehitt' },
  { id: 'ch', name: 'Helen Harland' },
  { id: 'gw', name: 'Gerard Watson' },
  { id: 'sc', name: 'Stephen Cohen' },
  { id: 'ac', name: 'Alice Courtney' },
];

type Owner = ActionSuggestion['owner'];
const person = (personId: string, matchedText: string): Owner => ({
  kind: 'person',
  personId,
  matchedText,
});
const named = (name: string): Owner => ({ kind: 'text', name });

// Days of the week matter: 2023-09-01 and 2023-09-08 are Fridays, 2023-10-09 and 2024-03-04
// Mondays, 2023-12-20 a Wednesday.
const SEED_001 = '2023-09-01';
const SEED_000 = '2023-10-09';
const SEED_004 = '2024-03-04';
const DECEMBER = '2023-12-20';

// prettier-ignore
const rows: [string, string, Owner, string | null, string | null, string][] = [
  // line, today, owner, due, dueText, description
  // Seed 001, verbatim.
  ['Jenny to share presentation with LCC migration team/schools and to attend schools of sanctuary event on the 14th September.', SEED_001, person('jj', 'Jenny'), '2023-09-14', 'on the 14th September', 'Share presentation with LCC migration team/schools and to attend schools of sanctuary event'],
  ['Jenny to link with other councils who have been through the process.', SEED_001, person('jj', 'Jenny'), null, null, 'Link with other councils who have been through the process'],
  // Modelled on seed 001.
  ['Jenny to share the presentation with the schools team by 14 September', SEED_001, person('jj', 'Jenny'), '2023-09-14', 'by 14 September', 'Share the presentation with the schools team'],
  ['Rose and Mary to re-invigorate the Leeds CoS network by 14th September', SEED_001, person('rm', 'Rose'), '2023-09-14', 'by 14th September', 'Re-invigorate the Leeds CoS network'],
  ['Action: Maggie – send the local authority network pledge by Friday', SEED_001, person('mf', 'Maggie'), '2023-09-01', 'by Friday', 'Send the local authority network pledge'],
  ['ACTION Rose: share the ante-natal class contacts with Jenny next Friday', SEED_001, person('rm', 'Rose'), '2023-09-08', 'next Friday', 'Share the ante-natal class contacts with Jenny'],
  ['Sara Trehitt to introduce the regional network at the LMP strategic meeting on 8th September', SEED_001, person('st', 'Sara Trehitt'), '2023-09-08', 'on 8th September', 'Introduce the regional network at the LMP strategic meeting'],
  ['LCC to sign up to the pledge as a non-awarded organisation within two weeks', SEED_001, named('LCC'), '2023-09-15', 'within two weeks', 'Sign up to the pledge as a non-awarded organisation'],
  ['The council will set up a steering group by the end of the month.', SEED_001, named('The council'), '2023-09-30', 'by the end of the month', 'Set up a steering group'],
  ['Mary Brandon agreed to share the Asylum Matters briefing no later than 14/09/2023', SEED_001, person('mb', 'Mary Brandon'), '2023-09-14', 'no later than 14/09/2023', 'Share the Asylum Matters briefing'],
  ['Maggie Filipova-Rivers to send policies from other local authorities in 3 weeks', SEED_001, person('mf', 'Maggie Filipova-Rivers'), '2023-09-22', 'in 3 weeks', 'Send policies from other local authorities'],
  ['Contact Theory to be considered for training council services', SEED_001, null, null, null, 'Contact Theory to be considered for training council services'],
  // Modelled on seed 000.
  ['Councillor Harland to write to the Executive Board before Christmas', SEED_000, person('ch', 'Councillor Harland'), '2023-12-25', 'before Christmas', 'Write to the Executive Board'],
  ['Cllr Harland will present the Migration Report to the Executive Board on the 18th of October', SEED_000, person('ch', 'Cllr Harland'), '2023-10-18', 'on the 18th of October', 'Present the Migration Report to the Executive Board'],
  ['Democratic process – clarify after meeting (Gerard Watson)', SEED_000, person('gw', 'Gerard Watson'), null, null, 'Democratic process – clarify after meeting'],
  ['Gerard Watson to clarify the democratic process after the meeting', SEED_000, person('gw', 'Gerard Watson'), null, null, 'Clarify the democratic process after the meeting'],
  ['Migration team to map what council services are already doing by Friday', SEED_000, named('Migration team'), '2023-10-13', 'by Friday', 'Map what council services are already doing'],
  ['Jennifer Jennings to circulate the 8 steps presentation this Friday', SEED_000, person('jj', 'Jennifer Jennings'), '2023-10-13', 'this Friday', 'Circulate the 8 steps presentation'],
  ['Jenny to draft a press release next Friday', SEED_000, person('jj', 'Jenny'), '2023-10-20', 'next Friday', 'Draft a press release'],
  ['The chair to agree the date of the next meeting tomorrow', SEED_000, named('The chair'), '2023-10-10', 'tomorrow', 'Agree the date of the next meeting'],
  ['Rose McCarthy to share lived-experience feedback on the appendix by end of October', SEED_000, person('rm', 'Rose McCarthy'), '2023-10-31', 'by end of October', 'Share lived-experience feedback on the appendix'],
  ['Gerard to circulate notes of the 13 September deputation', SEED_000, person('gw', 'Gerard'), null, null, 'Circulate notes of the 13 September deputation'],
  ['Owner: Mary. Update the Asylum Matters briefing for the award application by 20.10.23', SEED_000, person('mb', 'Mary'), '2023-10-20', 'by 20.10.23', 'Update the Asylum Matters briefing for the award application'],
  ['Share the action plan with the steering group (Jenny)', SEED_000, person('jj', 'Jenny'), null, null, 'Share the action plan with the steering group'],
  ['Share the pledge with the LMP – Rose McCarthy', SEED_000, person('rm', 'Rose McCarthy'), null, null, 'Share the pledge with the LMP'],
  ['Jenny: book the venue for the celebration event by the end of the year', SEED_000, person('jj', 'Jenny'), '2023-12-31', 'by the end of the year', 'Book the venue for the celebration event'],
  ['Jen to draft the press statement in a fortnight', SEED_000, person('jj', 'Jen'), '2023-10-23', 'in a fortnight', 'Draft the press statement'],
  ['LMP partners will support the council to apply for the award', SEED_000, named('LMP partners'), null, null, 'Support the council to apply for the award'],
  ['Send the minutes to Councillor Harland ASAP', SEED_000, null, null, null, 'Send the minutes to Councillor Harland ASAP'],
  ['Rose and Mary to re-invigorate the network by the next meeting', SEED_000, person('rm', 'Rose'), null, null, 'Re-invigorate the network by the next meeting'],
  ['2. Sara should arrange a regional coordinators call within a fortnight.', SEED_000, person('st', 'Sara'), '2023-10-23', 'within a fortnight', 'Arrange a regional coordinators call'],
  ['ACTION: Cllr Filipova-Rivers to speak to the Deputy Leader by 1st Nov', SEED_000, person('mf', 'Cllr Filipova-Rivers'), '2023-11-01', 'by 1st Nov', 'Speak to the Deputy Leader'],
  ['Action: Rose McCarthy – update the lived-experience contacts. Due: 20/10/2023', SEED_000, person('rm', 'Rose McCarthy'), '2023-10-20', 'Due: 20/10/2023', 'Update the lived-experience contacts'],
  ['Gerard Watson to report back on the 13th September deputation on or before 1 September', SEED_000, person('gw', 'Gerard Watson'), '2024-09-01', 'on or before 1 September', 'Report back on the 13th September deputation'],
  ['Share the pledge with schools (Action: Sara Trehitt)', SEED_000, person('st', 'Sara Trehitt'), null, null, 'Share the pledge with schools'],
  // Modelled on seed 004 (Oxford).
  ['Stephen Cohen to share the accreditation journey with Leeds by 29 March', SEED_004, person('sc', 'Stephen Cohen'), '2024-03-29', 'by 29 March', 'Share the accreditation journey with Leeds'],
  ['Steve to send the three-yearly review timetable by 14th April', SEED_004, person('sc', 'Steve'), '2024-04-14', 'by 14th April', 'Send the three-yearly review timetable'],
  ['Alice Courtney – circulate the Panel report 14/03/2024', SEED_004, person('ac', 'Alice Courtney'), '2024-03-14', '14/03/2024', 'Circulate the Panel report'],
  ['Action: Alice to forward the scrutiny recommendations to Councillor Smith w/c 18 March', SEED_004, person('ac', 'Alice'), '2024-03-18', 'w/c 18 March', 'Forward the scrutiny recommendations to Councillor Smith'],
  ['Housing Services and Community Services to embed accreditation across the council by the end of the year', SEED_004, named('Housing Services and Community Services'), '2024-12-31', 'by the end of the year', 'Embed accreditation across the council'],
  ['Stephen to present the accreditation evidence on Tuesday 12 March', SEED_004, person('sc', 'Stephen'), '2024-03-12', 'on Tuesday 12 March', 'Present the accreditation evidence'],
  ['Stephen to share the panel slides by Sept 30', SEED_004, person('sc', 'Stephen'), null, null, 'Share the panel slides by Sept 30'],
  ['Alice to send the report by 09/14/2024', SEED_004, person('ac', 'Alice'), null, null, 'Send the report by 09/14/2024'],
  ['Alice to send the report by October', SEED_004, person('ac', 'Alice'), null, null, 'Send the report by October'],
  // Across the new year.
  ['Sara Trehitt to confirm the regional network dates by 5 January', DECEMBER, person('st', 'Sara Trehitt'), '2024-01-05', 'by 5 January', 'Confirm the regional network dates'],
  ['Maggie to circulate the network newsletter before Christmas', DECEMBER, person('mf', 'Maggie'), '2023-12-25', 'before Christmas', 'Circulate the network newsletter'],
  ['Councillor Harland to sign the pledge letter by 31/01', DECEMBER, person('ch', 'Councillor Harland'), '2024-01-31', 'by 31/01', 'Sign the pledge letter'],
  ['Jenny to send the updated strategy by Friday 5th January 2024', DECEMBER, person('jj', 'Jenny'), '2024-01-05', 'by Friday 5th January 2024', 'Send the updated strategy'],
  ['Rose to update the action log by next Friday', DECEMBER, person('rm', 'Rose'), '2023-12-29', 'by next Friday', 'Update the action log'],
  ['Mary to book the venue for the celebration on 29 February', '2024-02-01', person('mb', 'Mary'), '2024-02-29', 'on 29 February', 'Book the venue for the celebration'],
  ['Jenny to share the pledge with the schools team by Friday week', '2023-09-04', person('jj', 'Jenny'), '2023-09-15', 'by Friday week', 'Share the pledge with the schools team'],
];

describe('parseActionText: phrasings from UK minutes', () => {
  it.each(rows)('%s (today %s)', (line, today, owner, due, dueText, description) => {
    expect(parseActionText(line, { people, meetingDate: today })).toEqual({
      description,
      owner,
      due,
      dueText,
    });
  });
});

describe('parseActionText: weekdays', () => {
  // Decision: a bare weekday or 'this Friday' is the next one on or after today (so on a
  // Friday, today); 'next Friday' is the Friday of next week, weeks starting on Monday.
  it.each([
    ['2023-09-04', 'by Friday', '2023-09-08'],
    ['2023-09-04', 'next Friday', '2023-09-15'],
    ['2023-09-07', 'next Friday', '2023-09-15'],
    ['2023-09-08', 'this Friday', '2023-09-08'],
    ['2023-09-08', 'next Friday', '2023-09-15'],
    ['2023-09-09', 'this Friday', '2023-09-15'],
    ['2023-09-09', 'next Friday', '2023-09-15'],
    ['2023-09-06', 'by the end of the week', '2023-09-08'],
    ['2023-09-06', 'by the end of next week', '2023-09-15'],
  ])('today %s, "%s" is %s', (today, phrase, due) => {
    const result = parseActionText(`Jenny to send the notes ${phrase}`, {
      people,
      meetingDate: today,
    });
    expect(result).toEqual({
      description: 'Send the notes',
      owner: person('jj', 'Jenny'),
      due,
      dueText: phrase,
    });
  });

  it('does not read a lower-case "sat" or "sun" as a day', () => {
    const result = parseActionText('Rose sat on the panel under the sun', {
      people,
      meetingDate: SEED_000,
    });
    expect(result.due).toBeNull();
    expect(result.owner).toBeNull();
  });
});

describe('parseActionText: matching people', () => {
  it('keeps an ambiguous first name as text rather than guessing', () => {
    const twoJennys = [...people, { id: 'js', name: 'Jenny Smith' }];
    expect(
      parseActionText('Jenny to book the room', { people: twoJennys, meetingDate: SEED_000 }).owner,
    ).toEqual(named('Jenny'));
    expect(
      parseActionText('Jenny and Rose to book the room', {
        people: twoJennys,
        meetingDate: SEED_000,
      }).owner,
    ).toEqual(named('Jenny and Rose'));
  });

  it('lets an alias or a surname settle what a first name cannot', () => {
    const twoJennys = [
      ...people.slice(1),
      { id: 'jj', name: 'Jennifer Jennings', aliases: ['Jenny'] },
    ];
    twoJennys.push({ id: 'js', name: 'Jen Smith' });
    expect(
      parseActionText('Jenny to book the room', { people: twoJennys, meetingDate: SEED_000 }).owner,
    ).toEqual(person('jj', 'Jenny'));
    expect(
      parseActionText('Smith to book the room', { people: twoJennys, meetingDate: SEED_000 }).owner,
    ).toEqual(person('js', 'Smith'));
  });

  it('keeps two councillors of one surname as text', () => {
    const twoHarlands = [...people, { id: 'ph', name: 'Peter Harland' }];
    expect(
      parseActionText('Cllr Harland to chair the meeting', {
        people: twoHarlands,
        meetingDate: SEED_000,
      }).owner,
    ).toEqual(named('Cllr Harland'));
  });

  it.each([
    ['Bob', 'rp'],
    ['Rob', 'rp'],
    ['Liz', 'eh'],
    ['Lizzy', 'eh'],
    ['Maggie', 'mt'],
    ['Steve', 'sc'],
    ['JJ', 'jj'],
    ['jennifer jennings', 'jj'],
  ])('matches "%s" by nickname, initials or case', (written, id) => {
    const more = [
      ...people.filter((p) => p.id !== 'mf'),
      { id: 'rp', name: 'Robert Pearson' },
      { id: 'eh', name: 'Elizabeth Hall' },
      { id: 'mt', name: 'Margaret Thompson' },
    ];
    const result = parseActionText(`${written} to chase the venue`, {
      people: more,
      meetingDate: SEED_000,
    });
    expect(result.owner).toEqual(person(id, written));
    expect(result.description).toBe('Chase the venue');
  });

  it('keeps a name nobody in the group has as text', () => {
    expect(
      parseActionText('Priya to chase the venue', { people, meetingDate: SEED_000 }).owner,
    ).toEqual(named('Priya'));
    expect(
      parseActionText('Priya to chase the venue', { people: [], meetingDate: SEED_000 }).owner,
    ).toEqual(named('Priya'));
  });
});

describe('parseActionText: lines with no owner', () => {
  it.each([
    'Write to Cllr Harland about the pledge',
    'Frequency of meetings will be on a quarterly basis',
    'Consider Contact Theory to help facilitate training',
    'Rose sat on the panel to review the bid',
    'Share the presentation with the schools team (see appendix)',
  ])('%s', (line) => {
    expect(parseActionText(line, { people, meetingDate: SEED_000 })).toEqual({
      description: line,
      owner: null,
      due: null,
      dueText: null,
    });
  });
});

describe('parseActionText: the next meeting', () => {
  it('uses the next meeting date when the app knows it', () => {
    const result = parseActionText('Jenny to circulate the action plan by the next meeting', {
      people,
      meetingDate: SEED_000,
      nextMeeting: '2024-01-08',
    });
    expect(result).toEqual({
      description: 'Circulate the action plan',
      owner: person('jj', 'Jenny'),
      due: '2024-01-08',
      dueText: 'by the next meeting',
    });
  });
});

describe('parseActionText: never throws', () => {
  const long = `Jenny to ${'share the presentation '.repeat(500)}`;
  it.each([
    ['empty', '', ''],
    ['spaces', '   \n\t ', ''],
    ['emoji', ' 🎉🙂 ', '🎉🙂'],
    ['right-to-left', 'يشارك العرض مع فريق المدارس', 'يشارك العرض مع فريق المدارس'],
    ['lone surrogate', '\uD800 to \uDFFF', '\uD800 to \uDFFF'],
    ['brackets', '(((((((( to ))))', '(((((((( to ))))'],
    ['10,000 characters', long, long.trim()],
  ])('%s', (_name, line, description) => {
    expect(parseActionText(line, { people, meetingDate: SEED_000 })).toEqual({
      description,
      owner: null,
      due: null,
      dueText: null,
    });
  });

  it('survives a missing string, a bad meeting date and odd people', () => {
    const odd = [
      { id: 'x', name: '' },
      { id: 'y', name: '   ', aliases: [''] },
    ];
    expect(
      parseActionText(undefined as unknown as string, { people: odd, meetingDate: SEED_000 }),
    ).toEqual({
      description: '',
      owner: null,
      due: null,
      dueText: null,
    });
    expect(
      parseActionText('Jenny to send the notes by 14 September', {
        people,
        meetingDate: 'not-a-date',
      }),
    ).toEqual({
      description: 'Send the notes by 14 September',
      owner: person('jj', 'Jenny'),
      due: null,
      dueText: null,
    });
  });
});

describe("parseActionText: dates are read from the meeting's date", () => {
  // Decision: a date without a year is the next such date on or after the meeting's date,
  // because the minute-taker wrote it in that meeting, about the weeks after it. The day the
  // minutes are typed up or read again plays no part.
  it.each([
    ['2023-12-20', 'by 10 January', '2024-01-10'],
    ['2023-12-31', 'by 1 January', '2024-01-01'],
    ['2023-12-31', 'by 31 December', '2023-12-31'],
    ['2024-01-15', 'by 14 September', '2024-09-14'],
    ['2023-10-09', 'by 14 September', '2024-09-14'],
    ['2023-10-09', 'by 9 October', '2023-10-09'],
    ['2023-10-09', 'by 8 October', '2024-10-08'],
    ['2023-10-09', 'next Friday', '2023-10-20'],
    ['2024-03-01', 'by 29 February', '2028-02-29'],
  ])('a meeting on %s, "%s" is %s', (meetingDate, phrase, due) => {
    const result = parseActionText(`Jenny to share the presentation ${phrase}`, {
      people,
      meetingDate,
    });
    expect(result.due).toBe(due);
    expect(result.dueText).toBe(phrase);
  });

  it('gives the same date whatever day the minutes are read', () => {
    const line = 'Jenny to share the presentation by 14 September';
    const read = () => parseActionText(line, { people, meetingDate: '2024-01-15' }).due;
    expect(read()).toBe('2024-09-14');
    vi.useFakeTimers({ now: new Date('2027-11-02T10:00:00Z') });
    try {
      expect(read()).toBe('2024-09-14');
    } finally {
      vi.useRealTimers();
    }
  });
});
