import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  agendaItemMinutes,
  getPerson,
  listActions,
  listAgenda,
  listItemNotes,
  listMeetings,
  listPeople,
  readAttendance,
  readGroupProfile,
  readMeetingHeader,
} from '../../../shared/model';
import { buildSampleWorkspace } from '../../../shared/sample';
import { snapshot } from '../workspace-file/rich-workspace';
import { listItems, minutesOf, normaliseIds, plainText } from './sample-helpers';

const NOW = new Date('2024-01-15T09:30:00.000Z');

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

function sample() {
  const built = buildSampleWorkspace({ now: NOW, newId: counter() });
  const byDate = (date: string) => {
    const meeting = listMeetings(built.workspace).find((m) => m.date === date)!;
    return { id: meeting.id, doc: built.meetings.get(meeting.id)! };
  };
  return { ...built, september: byDate('2023-09-01'), october: byDate('2023-10-09') };
}

const personNamed = (workspace: Y.Doc, name: string) =>
  listPeople(workspace).find((p) => p.name === name)!;

describe('the sample workspace', () => {
  it('is the Leeds steering group, with its people from the seeds', () => {
    const { workspace } = sample();
    expect(workspace.guid).toBe('id-1');
    expect(readGroupProfile(workspace)).toEqual({
      name: 'Leeds City Council’s City of Sanctuary Local Authority Network Steering Group',
      organisation: 'Leeds City Council',
      defaultVenueKind: 'online',
      defaultVenue: 'Microsoft Teams',
      cadence: 'quarterly',
      minutePrefix: '',
      quorumMembers: 0,
      quorumIncludesChair: false,
    });
    const people = listPeople(workspace).map(({ name, role, organisation, tags }) => ({
      name,
      role,
      organisation,
      tags,
    }));
    expect(people).toContainEqual({
      name: 'Councillor Harland',
      role: 'Chair of the steering group; Migration lead',
      organisation: 'Leeds City Council',
      tags: ['councillor'],
    });
    expect(people).toContainEqual({
      name: 'James Rogers',
      role: 'Director of Communities, Housing, and Environment',
      organisation: 'Leeds City Council',
      tags: ['officer'],
    });
    expect(people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Gerard Watson', 'Stephen Cohen', 'Sara Trehitt', 'Rose McCarthy']),
    );
    expect(new Set(people.flatMap((p) => p.tags))).toEqual(
      new Set(['councillor', 'officer', 'local group', 'partner']),
    );
  });

  it('holds the two seed meetings with their headers', () => {
    const { september, october } = sample();
    expect(readMeetingHeader(october.doc)).toMatchObject({
      title: 'City of Sanctuary Local Authority Network Steering Group',
      date: '2023-10-09',
      startTime: '13:00',
      endTime: '14:00',
      venueKind: 'online',
      venue: 'Microsoft Teams',
    });
    // Seed 001 gives no time or venue and came before the group existed: none is invented, and
    // its documents are headed with its own title.
    expect(readMeetingHeader(september.doc)).toMatchObject({
      title: 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)',
      date: '2023-09-01',
      startTime: '',
      endTime: '',
      venue: '',
      groupMeeting: false,
    });
    expect(readMeetingHeader(october.doc)?.groupMeeting).toBe(true);
    expect(october.doc.guid).toBe(october.id);
  });

  it('gives 9 October the seed’s five items, in its order and words, with no times invented', () => {
    const { workspace, october } = sample();
    const agenda = listAgenda(october.doc);
    expect(agenda.map((i) => i.title)).toEqual([
      'Welcome and Introductions',
      'Purpose of the Steering Group',
      'Steps to Become an Awarded Member',
      'Migration Strategy',
      'Communications',
    ]);
    expect(agenda.map((i) => i.allottedMinutes)).toEqual([0, 0, 0, 0, 0]);
    const attendance = readAttendance(october.doc);
    const chair = personNamed(workspace, 'Councillor Harland').id;
    expect(attendance.chairId).toBe(chair);
    expect([...attendance.statuses]).toEqual([[chair, 'present']]);
    expect(plainText(minutesOf(october.doc, 'Welcome and Introductions')[0]!)).toMatch(
      /^Councillor Harland welcomed .* commitment for the council to apply for the award\.$/,
    );
  });

  it('writes the purpose as a numbered list and the eight steps in order, verbatim', () => {
    const { october } = sample();
    const [purpose] = minutesOf(october.doc, 'Purpose of the Steering Group');
    expect(purpose!.nodeName).toBe('orderedList');
    expect(listItems(purpose!)).toEqual([
      'An agreed group of core members will attend the steering group.',
      'The steering group will engage with people who have lived experience.',
      'Frequency of meetings will be on a quarterly basis.',
    ]);
    const steps = minutesOf(october.doc, 'Steps to Become an Awarded Member');
    // The presentation the seed points to: its slide's heading, where Leeds stands, the steps.
    expect(steps.map((b) => b.nodeName)).toEqual([
      'paragraph',
      'heading',
      'bulletList',
      'orderedList',
      'heading',
      'paragraph',
      'bulletList',
    ]);
    expect(plainText(steps[1]!)).toBe(
      'Action Leeds City Council will take to become an awarded member of the City of Sanctuary Local Authority Network',
    );
    expect(steps[3]!.getAttribute('start')).toBe(1);
    expect(listItems(steps[3]!)).toEqual([
      'Contact your local group to pledge support and connect with their / your shared vision',
      'By joining the network, Leeds pledged a commitment to work towards the Council of Sanctuary Award and agreed to sign up as a Supporting Organisation.',
      'Produce an Action Plan using the ‘LEARN, EMBED, SHARE’ criteria.',
      'Apply for recognition.',
      'Application will be reviewed by a Sanctuary Recognition panel.',
      'Once the application is approved, Leeds City Council will be given permission to use the Council of Sanctuary logo.',
      'On receipt of the award recognition, a celebration event will be held for its presentation (to include a press statement).',
      'The steering group will review the action plan and conversations during the three-year award period will inform a review, so Leeds City Council can apply for the award recognition again, at the end of the three years.',
    ]);
    // Learn, Embed and Share lead their points in bold.
    const criteria = steps[6]!.toString();
    for (const label of ['Learn:', 'Embed:', 'Share:'])
      expect(criteria).toContain(`<bold>${label}</bold>`);
  });

  it('keeps the seed’s open questions on the steps item', () => {
    const { october } = sample();
    const steps = listAgenda(october.doc).find(
      (i) => i.title === 'Steps to Become an Awarded Member',
    )!;
    expect(
      listItemNotes(october.doc, steps.id, 'questions').map(({ text, resolved, createdAt }) => ({
        text,
        resolved,
        createdAt,
      })),
    ).toEqual([
      {
        text: 'Migration team mapped out what council services are already doing and invited feedback on appendix?',
        resolved: false,
        createdAt: NOW.toISOString(),
      },
      {
        text: 'Democratic process clarify after meeting Gerard Watson?',
        resolved: false,
        createdAt: NOW.toISOString(),
      },
    ]);
  });

  it('lists the migration strategy’s priorities as bullets', () => {
    const { october } = sample();
    const blocks = minutesOf(october.doc, 'Migration Strategy');
    expect(blocks[0]!.toString()).toBe(
      '<paragraph><bold>Strategic, Coordinated and Inclusive Approach to Migration in Leeds</bold></paragraph>',
    );
    expect(blocks[2]!.nodeName).toBe('bulletList');
    expect(listItems(blocks[2]!)).toEqual([
      'Improve access to services.',
      'Change attitudes and behaviours.',
      'Increase awareness and understanding.',
      'Strengthen resilience and build capacity.',
      'Strong partnerships.',
    ]);
  });

  it('marks the five attendees of 1 September present, with their roles and organisations', () => {
    const { workspace, september } = sample();
    const present = [...readAttendance(september.doc).statuses].map(([id, status]) => {
      const person = getPerson(workspace, id)!;
      return [person.name, person.organisation, status];
    });
    expect(present).toEqual([
      ['Rose McCarthy', 'Leeds City of Sanctuary', 'present'],
      ['Mary Brandon', 'Asylum Matters', 'present'],
      ['Maggie Filipova-Rivers', 'City of Sanctuary UK', 'present'],
      ['Sara Trehitt', 'City of Sanctuary UK', 'present'],
      ['Jennifer Jennings', 'Leeds City Council', 'present'],
    ]);
    expect(listAgenda(september.doc).map((i) => [i.title, i.allottedMinutes])).toEqual([
      ['Meeting action/observation notes', 0],
      ['Immediate actions', 0],
      ['Note', 0],
    ]);
    const notes = minutesOf(september.doc, 'Meeting action/observation notes');
    expect(notes.map((b) => b.nodeName)).toEqual(['paragraph', 'bulletList']);
    expect(listItems(notes[1]!)).toHaveLength(7);
  });

  it('puts the immediate actions in the action log, owner and date parsed from the seed’s lines', () => {
    const { workspace, september } = sample();
    const jenny = personNamed(workspace, 'Jennifer Jennings').id;
    const item = listAgenda(september.doc).find((i) => i.title === 'Immediate actions')!;
    expect(
      listActions(workspace).map(
        ({ description, ownerPersonId, ownerName, due, status, meetingId, itemId }) => ({
          description,
          ownerPersonId,
          ownerName,
          due,
          status,
          meetingId,
          itemId,
        }),
      ),
    ).toEqual([
      {
        description:
          'Share presentation with LCC migration team/schools and to attend schools of sanctuary event',
        ownerPersonId: jenny,
        ownerName: '',
        due: '2023-09-14',
        status: 'open',
        meetingId: september.id,
        itemId: item.id,
      },
      {
        description: 'Link with other councils who have been through the process',
        ownerPersonId: jenny,
        ownerName: '',
        due: null,
        status: 'open',
        meetingId: september.id,
        itemId: item.id,
      },
    ]);
    expect(listItems(minutesOf(september.doc, 'Immediate actions')[0]!)[0]).toMatch(
      /^Jenny to share presentation/,
    );
  });

  it('is valid content for the minutes editor in every item', () => {
    const schema = getSchema([StarterKit]);
    const { meetings } = sample();
    // Items with no minutes yet stay empty; the editor gives them an empty paragraph on opening.
    const written = [...meetings.values()].flatMap((doc) =>
      listAgenda(doc)
        .map((item) => agendaItemMinutes(doc, item.id))
        .filter((fragment) => fragment.length > 0),
    );
    expect(written).toHaveLength(8); // 3 on 1 September, 5 on 9 October
    for (const fragment of written) {
      const node = schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(fragment));
      expect(() => node.check()).not.toThrow();
    }
  });

  it('is the same every time for the same clock and ids', () => {
    const first = sample();
    const second = sample();
    expect([...second.meetings.keys()]).toEqual([...first.meetings.keys()]);
    // Agenda items, questions and actions take random ids inside shared/model: compare modulo those.
    expect(normaliseIds(snapshot(second.workspace, second.meetings))).toBe(
      normaliseIds(snapshot(first.workspace, first.meetings)),
    );
  });
});
