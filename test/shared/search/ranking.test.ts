import { beforeAll, describe, expect, it } from 'vitest';
import { listActions, listAgenda, listMeetings } from '../../../shared/model';
import { buildSampleWorkspace } from '../../../shared/sample';
import {
  groupHits,
  indexWorkspace,
  parseQuery,
  workspaceSearchDocuments,
  WORKSPACE_SOURCE,
  searchIndex,
  snippetText,
  type SearchHit,
  type SearchIndex,
} from '../../../shared/search';
import type * as Y from 'yjs';

let index: SearchIndex;
let workspace: Y.Doc;
let meetings: Map<string, Y.Doc>;
const meetingOn = (date: string) => {
  const meeting = listMeetings(workspace).find((m) => m.date === date);
  if (!meeting) throw new Error(`No meeting on ${date}`);
  return meeting;
};

beforeAll(() => {
  ({ workspace, meetings } = buildSampleWorkspace({ now: new Date('2024-01-20T10:00:00Z') }));
  index = indexWorkspace(workspace, meetings);
});

function hits(text: string): SearchHit[] {
  const answer = searchIndex(index, text);
  if (!answer.ok) throw new Error(answer.message);
  return answer.hits;
}

describe('searching the sample workspace', () => {
  it('"deputation" finds 9 October item 1, Welcome and Introductions, first', () => {
    const october = meetingOn('2023-10-09');
    const welcome = listAgenda(meetings.get(october.id)!).find(
      (i) => i.title === 'Welcome and Introductions',
    )!;
    expect(welcome.number).toBe(1);
    const [best] = hits('deputation');
    expect(best).toMatchObject({
      kind: 'minutes',
      meetingId: october.id,
      meetingDate: '2023-10-09',
      itemId: welcome.id,
      title: '1. Welcome and Introductions',
    });
    expect(snippetText(best!.snippet)).toContain('Following the «deputation» to full council');
  });

  // Seed 001's line "Jenny to share presentation with LCC migration team/schools and to attend
  // schools of sanctuary event" holds both of its actions about schools; the sample keeps it as
  // one action. Its other action (link with other councils) does not mention schools.
  it('"schools" finds the 1 September action to share the presentation and attend the event, and the minutes', () => {
    const september = meetingOn('2023-09-01');
    const [shareAndAttend, link] = listActions(workspace).filter(
      (a) => a.meetingId === september.id,
    );
    expect(link?.description).toMatch(/^Link with other councils/);
    const found = hits('schools');
    const actions = found.filter((h) => h.kind === 'action');
    expect(actions.map((h) => h.id)).toEqual([`action:${shareAndAttend!.id}`]);
    expect(actions[0]).toMatchObject({ meetingDate: '2023-09-01', meetingId: september.id });
    expect(snippetText(actions[0]!.snippet)).toMatch(
      /migration team\/«schools» and to attend «schools» of sanctuary event/,
    );
    // The minutes say it twice over: Streams of Sanctuary (schools …) and the action's line.
    const minutes = found.filter((h) => h.kind === 'minutes');
    expect(minutes.map((h) => h.title).sort()).toEqual([
      '1. Meeting action/observation notes',
      '2. Immediate actions',
    ]);
    expect(minutes.every((h) => h.meetingDate === '2023-09-01')).toBe(true);
  });

  it('finds a word by its singular, with a typo, and by the American spelling', () => {
    expect(hits('school').some((h) => h.kind === 'action')).toBe(true);
    expect(hits('deputaton')[0]?.title).toBe('1. Welcome and Introductions');
    // The sample's minutes say "organisations"; an American spelling finds them.
    const american = hits('organizations').map((h) => snippetText(h.snippet));
    expect(american.some((text) => text.includes('migrant communities/«organisations»'))).toBe(
      true,
    );
  });

  it('keeps only hits with the exact phrase', () => {
    const phrase = hits('"full council supported"');
    expect(phrase.length).toBeGreaterThan(0);
    for (const hit of phrase) expect(snippetText(hit.snippet).toLowerCase()).toContain('full');
    expect(phrase.every((h) => h.meetingDate === '2023-10-09')).toBe(true);
    expect(hits('"council full supported"')).toEqual([]);
  });

  it('filters by date and meeting', () => {
    expect(hits('sanctuary before:2023-10').every((h) => h.meetingDate < '2023-10')).toBe(true);
    expect(hits('sanctuary before:2023-10').length).toBeGreaterThan(0);
    expect(hits('sanctuary after:2023-09').every((h) => h.meetingDate > '2023-09-30')).toBe(true);
    expect(hits('sanctuary in:October').every((h) => h.meetingDate === '2023-10-09')).toBe(true);
    // A filter alone lists what the meeting holds.
    const january = hits('after:2023');
    expect(january.length).toBeGreaterThan(0);
    expect(new Set(january.map((h) => h.meetingDate))).toEqual(new Set(['2024-01-15']));
  });

  it('finds within one meeting only, when asked (Ctrl+F)', () => {
    const october = meetingOn('2023-10-09');
    const january = meetingOn('2024-01-15');
    const parsed = parseQuery('deputation');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(index.search(parsed.query, 50, october.id).map((h) => h.title)).toEqual([
      '1. Welcome and Introductions',
      '3. Steps to Become an Awarded Member',
    ]);
    expect(index.search(parsed.query, 50, january.id)).toEqual([]);
    const sanctuary = parseQuery('sanctuary');
    if (!sanctuary.ok) throw new Error(sanctuary.message);
    const within = index.search(sanctuary.query, 50, january.id);
    expect(within.length).toBeGreaterThan(0);
    expect(within.every((h) => h.meetingId === january.id)).toBe(true);
  });

  it('finds people and meetings, and groups hits by kind, the group with the best hit first', () => {
    expect(hits('Jennings').some((h) => h.kind === 'person' && h.title.includes('Jennings'))).toBe(
      true,
    );
    const found = hits('sanctuary');
    const groups = groupHits(found);
    const best = groups.map((g) => g.hits[0]!.score);
    expect(best).toEqual([...best].sort((a, b) => b - a));
    expect(groups[0]!.hits[0]).toEqual(found[0]);
    for (const group of groups) {
      expect(group.hits.every((h) => h.kind === group.kind)).toBe(true);
      expect(group.hits.length).toBeLessThanOrEqual(8);
    }
    const kinds = groups.map((g) => g.kind);
    expect(kinds).toContain('meeting');
    expect(kinds).toContain('minutes');
    // A person is found by name and heads the results when the name is what was typed.
    expect(groupHits(hits('Jennings'))[0]!.kind).toBe('person');
  });

  it('replaces only what changed in a source, and finds the new words, not the old', () => {
    const fresh = indexWorkspace(workspace, meetings);
    const docs = workspaceSearchDocuments(workspace);
    const action = docs.find((d) => d.kind === 'action' && d.title.startsWith('Link with'))!;
    const edited = docs.map((d) =>
      d === action ? { ...d, title: 'Link with other councils about allotments' } : d,
    );
    // Re-reading the source unchanged writes nothing; the one edited action is one write.
    expect(fresh.replaceSource(WORKSPACE_SOURCE, docs, 'same')).toBe(0);
    const before = fresh.written;
    expect(fresh.replaceSource(WORKSPACE_SOURCE, edited, 'second')).toBe(1);
    expect(fresh.written).toBe(before + 1);
    const found = searchIndex(fresh, 'allotments');
    expect(found.ok && found.hits.filter((h) => h.kind === 'action').map((h) => h.id)).toEqual([
      action.id,
    ]);
    fresh.replaceSource(WORKSPACE_SOURCE, docs, 'third');
    const gone = searchIndex(fresh, 'allotments');
    expect(gone.ok && gone.hits.some((h) => h.kind === 'action')).toBe(false);
    expect(fresh.documentCount).toBe(index.documentCount);
  });

  it('stays current when a source is replaced, and survives being saved and restored', () => {
    const restored = (index.constructor as typeof SearchIndex).restore(index.serialise());
    expect(restored).not.toBeNull();
    expect(searchIndex(restored!, 'deputation')).toEqual(searchIndex(index, 'deputation'));
    const october = meetingOn('2023-10-09');
    restored!.replaceSource(october.id, [], 'emptied');
    const left = searchIndex(restored!, 'deputation');
    expect(left.ok && left.hits.some((h) => h.meetingId === october.id)).toBe(false);
    expect(restored!.stampOf(october.id)).toBe('emptied');
    expect((index.constructor as typeof SearchIndex).restore('{"version":0}')).toBeNull();
    expect((index.constructor as typeof SearchIndex).restore('not json')).toBeNull();
  });
});
