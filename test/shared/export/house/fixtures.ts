import {
  readMeetingForExport,
  type MeetingExportData,
} from '../../../../shared/export/meeting-data';
import type { RichBlock } from '../../../../shared/export/rich-text-data';
import { listMeetings } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';

/** Seed 000 or 001 as the app would export it, built through shared/model. */
export function sampleMeeting(date: '2023-10-09' | '2023-09-01'): MeetingExportData {
  const { workspace, meetings } = buildSampleWorkspace({
    now: new Date('2023-10-10T09:00:00Z'),
    asOf: '2023-10-10',
  });
  const id = listMeetings(workspace).find((m) => m.date === date)!.id;
  return readMeetingForExport(workspace, meetings.get(id)!);
}

const p = (text: string): RichBlock => ({ type: 'paragraph', inlines: [{ text }] });
const item = (...blocks: RichBlock[]) => ({ blocks });

/**
 * A meeting that exercises every part of the minutes: all three attendance lists, headings
 * at editor levels 1 and 2, nested ordered and bulleted lists, bold, italic, a link, a line
 * break, decisions, actions and a next meeting.
 */
export function fullMeeting(overrides: Partial<MeetingExportData> = {}): MeetingExportData {
  const person = (name: string, role: string, organisation: string) => ({
    name,
    role,
    organisation,
  });
  return {
    group: { name: 'Sanctuary Steering Group', organisation: 'Leeds City Council' },
    meeting: {
      id: 'm1',
      title: 'Steering Group',
      date: '2023-10-09',
      startTime: '13:00',
      endTime: '14:00',
      venueKind: 'online',
      venue: 'Microsoft Teams',
    },
    chair: person('Councillor Harland', 'Chair', 'Leeds City Council'),
    minuteTaker: person('Sara Trehitt', 'Migration support officer', 'Leeds City Council'),
    minutesStatus: 'draft',
    approvedOn: null,
    attendance: {
      present: [
        person('Councillor Harland', 'Chair', 'Leeds City Council'),
        person('Rose McCarthy', 'Trustee', 'Leeds City of Sanctuary'),
      ],
      apologies: [person('Mary Brandon', 'Coordinator', 'Leeds City of Sanctuary')],
      absent: [person('Absent Person', 'Member', 'Nowhere')],
      'in-attendance': [person('Gerard Watson', 'Democratic services', 'Leeds City Council')],
    },
    agenda: [
      {
        id: 'i1',
        number: 1,
        title: 'Welcome and introductions',
        presenter: 'Councillor Harland',
        allottedMinutes: 5,
        purpose: 'information',
        notes: 'Introductions round the table.',
        minutes: [
          p('The chair welcomed everyone.'),
          {
            type: 'paragraph',
            inlines: [
              { text: 'See ' },
              { text: 'the pledge', link: 'https://cityofsanctuary.org/pledge' },
              { text: ' and the ' },
              { text: 'bold point', bold: true },
              { text: ' and ' },
              { text: 'an aside', italic: true },
              { text: '', break: true },
              { text: 'on a new line' },
            ],
          },
          { type: 'heading', level: 1, inlines: [{ text: 'Background' }] },
          { type: 'heading', level: 2, inlines: [{ text: 'History' }] },
          {
            type: 'list',
            ordered: true,
            start: 1,
            items: [
              item(p('First step'), {
                type: 'list',
                ordered: false,
                start: 1,
                items: [item(p('Nested bullet A')), item(p('Nested bullet B'))],
              }),
              item(p('Second step')),
            ],
          },
        ],
        decisions: ['The group will meet quarterly.'],
        questions: [{ text: 'Who approves spending over 70k?', resolved: false }],
      },
      {
        id: 'i2',
        number: 2,
        title: 'Migration strategy',
        presenter: '',
        allottedMinutes: 20,
        purpose: 'decision',
        notes: '',
        minutes: [
          p('The strategy was presented.'),
          p('Members discussed the priorities.'),
          {
            type: 'list',
            ordered: true,
            start: 1,
            items: [item(p('Improve access to services')), item(p('Strong partnerships'))],
          },
        ],
        decisions: [],
        questions: [{ text: 'An answered question', resolved: true }],
      },
      {
        id: 'i3',
        number: 3,
        title: 'Any other business',
        presenter: '',
        allottedMinutes: 10,
        purpose: 'discussion',
        notes: '',
        minutes: [],
        decisions: [],
        questions: [],
      },
    ],
    actions: [
      {
        ref: 'A1',
        description: 'Share presentation with the schools team',
        owner: 'Jennifer Jennings',
        due: '2023-09-14',
        status: 'open',
        itemNumber: 1,
      },
      {
        ref: 'A2',
        description: 'Link with other councils',
        owner: 'Migration team',
        due: null,
        status: 'in progress',
        itemNumber: 2,
      },
    ],
    nextMeeting: { date: '2024-01-15', startTime: '13:00', endTime: '14:00' },
    ...overrides,
  };
}

export const LONG_PARAGRAPH = `${'Lorem ipsum dolor sit amet '.repeat(370).slice(0, 9_988)} END-OF-LONG`;
export const ARABIC = 'الاجتماع القادم في مكتبة المدينة';
export const HEBREW = 'הפגישה הבאה בספרייה';
// Every C0 control but the line ends and tab, which are meaningful, and lone surrogates.
export const CONTROLS = `${Array.from({ length: 32 }, (_, c) => String.fromCharCode(c))
  .filter((c) => !'\t\n\r'.includes(c))
  .join('')}\uD800\uFFFF`;

/** A meeting full of text that breaks naive XML writers. */
export function hostileMeeting(): MeetingExportData {
  const base = fullMeeting();
  const [first, ...rest] = base.agenda;
  return {
    ...base,
    group: { name: 'Tom & Jerry’s <Group> "Steering"', organisation: 'A&B <Council>' },
    meeting: { ...base.meeting, title: `Budget <review> & "ideas" 'now'${CONTROLS} 🎉` },
    attendance: {
      ...base.attendance,
      present: [{ name: `O'Brien & <Sons>${CONTROLS}`, role: 'Chair 👩🏽‍💻', organisation: HEBREW }],
    },
    agenda: [
      {
        ...first!,
        title: `Item & <one> ${ARABIC}`,
        minutes: [
          {
            type: 'paragraph',
            inlines: [{ text: `Control${CONTROLS}chars & <b>not bold</b> 😀 ✓` }],
          },
          { type: 'paragraph', inlines: [{ text: ARABIC }] },
          { type: 'paragraph', inlines: [{ text: HEBREW }] },
          { type: 'paragraph', inlines: [{ text: LONG_PARAGRAPH }] },
          {
            type: 'paragraph',
            inlines: [{ text: 'a link & more', link: 'https://example.org/?a=1&b=<2>' }],
          },
          { type: 'heading', level: 2, inlines: [{ text: `Heading ]]> <![CDATA[ x` }] },
        ],
        decisions: [`Agreed: "A" & 'B'\nsecond line\twith a tab`],
      },
      ...rest,
    ],
    actions: [
      { ...base.actions[0]!, description: `Fix <xml> & "quotes"${CONTROLS} 🎉`, owner: ARABIC },
    ],
  };
}
