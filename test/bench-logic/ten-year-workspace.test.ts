import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  listActions,
  listAgenda,
  listMeetings,
  listPeople,
  minutesFragment,
  minutesTextBlocks,
} from '../../shared/model';
import { generateTenYearWorkspace } from '../bench/ten-year/generate-ten-year';
import { benchQueries, plural, QUERY_KINDS, typo } from '../bench/ten-year/queries';
import { seededRandom } from '../bench/sync/random';

/** A tenth of the real size in meetings and actions: the same code, in a second. */
const SMALL = {
  meetings: 40,
  itemsPerMeeting: 20,
  actions: 800,
  people: 60,
  minutesCharacters: 400_000,
};

describe('the ten-year workspace generator', () => {
  it('makes the meetings, items, minutes, actions and people asked for, with the model', () => {
    const made = generateTenYearWorkspace('2026-12-08', SMALL);
    const meetings = listMeetings(made.workspace);
    expect(meetings).toHaveLength(40);
    expect(listActions(made.workspace)).toHaveLength(800);
    expect(listPeople(made.workspace)).toHaveLength(60);
    expect(new Set(listPeople(made.workspace).map((p) => p.name)).size).toBe(60);
    let characters = 0;
    for (const [id, doc] of made.meetingDocs) {
      const items = listAgenda(doc);
      expect(items, id).toHaveLength(20);
      for (const item of items)
        characters += minutesTextBlocks(minutesFragment(doc, item.id)).join('').length;
    }
    expect(characters).toBe(made.counts.minutesCharacters);
    // Within a tenth of the length asked for, as the paragraphs fall.
    expect(Math.abs(characters - 400_000)).toBeLessThan(40_000);
  });

  it('spreads the meetings over ten years up to a week before today', () => {
    const made = generateTenYearWorkspace('2026-12-08', SMALL);
    const dates = listMeetings(made.workspace)
      .map((m) => m.date)
      .sort();
    expect(dates.at(-1)).toBe('2026-12-01');
    const span = daysBetween(dates[0]!, dates.at(-1)!);
    expect(span).toBeGreaterThan(3_500);
    expect(span).toBeLessThanOrEqual(3_650);
    expect(
      made.meetingIds.map((id) => listMeetings(made.workspace).find((m) => m.id === id)?.date),
    ).toEqual(dates);
  });

  it('writes the same words from the same seed, and other words from another', () => {
    const text = (seed: number) => {
      const made = generateTenYearWorkspace(
        '2026-12-08',
        { ...SMALL, meetings: 2, actions: 4 },
        seed,
      );
      const doc = made.meetingDocs.get(made.meetingIds[0]!)!;
      return listAgenda(doc).flatMap((item) => minutesTextBlocks(minutesFragment(doc, item.id)));
    };
    expect(text(16)).toEqual(text(16));
    expect(text(17)).not.toEqual(text(16));
  });

  it('leaves old actions mostly closed and recent ones often open', () => {
    const made = generateTenYearWorkspace('2026-12-08', SMALL);
    const actions = listActions(made.workspace);
    const open = (a: (typeof actions)[number]) => a.status === 'open' || a.status === 'in progress';
    const old = actions.filter((a) => a.createdAt < '2025-12-08');
    const recent = actions.filter((a) => a.createdAt >= '2025-12-08');
    expect(old.filter(open).length / old.length).toBeLessThan(0.1);
    expect(recent.filter(open).length / recent.length).toBeGreaterThan(0.3);
    expect(made.counts.openActions).toBe(actions.filter(open).length);
  });

  it('refuses a workspace of no meetings', () => {
    expect(() => generateTenYearWorkspace('2026-12-08', { ...SMALL, meetings: 0 })).toThrow(
      'at least one meeting',
    );
  });
});

describe('the benchmark queries', () => {
  it('mixes every kind, deterministically', () => {
    const queries = benchQueries(['Jennifer Jennings', 'Amara Okafor'], 200);
    expect(queries).toHaveLength(200);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(QUERY_KINDS));
    expect(benchQueries(['Jennifer Jennings', 'Amara Okafor'], 200)).toEqual(queries);
    for (const q of queries.filter((q) => q.kind === 'phrase')) expect(q.text).toMatch(/^".+"$/);
    for (const q of queries.filter((q) => q.kind === 'date'))
      expect(q.text).toMatch(/ (before|after):20\d\d$/);
    for (const q of queries.filter((q) => q.kind === 'in')) expect(q.text).toMatch(/^in:\S/);
  });

  it('misspells by one slip, never the first letter', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 50; i++) {
      const slipped = typo(random, 'consultation');
      expect(slipped).not.toBe('consultation');
      expect(slipped[0]).toBe('c');
      expect(Math.abs(slipped.length - 'consultation'.length)).toBeLessThanOrEqual(1);
    }
    expect(() => typo(random, 'bus')).toThrow('too short');
  });

  it('makes English plurals', () => {
    expect(plural('library')).toBe('libraries');
    expect(plural('church')).toBe('churches');
    expect(plural('grant')).toBe('grants');
    expect(plural('day')).toBe('days');
  });
});

describe('the seeded random numbers', () => {
  it('repeat for a seed, stay in range, and refuse a seed that is not whole', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(values);
    for (const value of values) expect(value >= 0 && value < 1).toBe(true);
    expect(() => seededRandom(1.5)).toThrow('whole number');
    expect(() => a.pick([])).toThrow('Nothing to pick');
  });
});
