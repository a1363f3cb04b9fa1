import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/search';
import { meetingMatches } from '../../../shared/search/query';

const parsed = (text: string) => {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(result.message);
  return result.query;
};

describe('parseQuery', () => {
  it('reads words, quoted phrases and the date and meeting filters', () => {
    expect(parsed('press  "full council"  release before:2024 after:2023-09 in:October')).toEqual({
      words: ['press', 'release'],
      phrases: ['full council'],
      before: '2024',
      after: '2023-09',
      inMeeting: ['october'],
    });
  });

  it('takes several words of a meeting title in quotes, and an unclosed quote to the end', () => {
    expect(parsed('in:"Steering Group" "asylum seekers').phrases).toEqual(['asylum seekers']);
    expect(parsed('in:"Steering Group"').inMeeting).toEqual(['steering', 'group']);
  });

  it('searches for other words with a colon as they are', () => {
    expect(parsed('1:30 re:budget').words).toEqual(['1:30', 're:budget']);
  });

  it('answers a filter with no date, or an impossible one, in one line', () => {
    for (const [text, message] of [
      [
        'before:soon',
        '“before:soon” needs a year or a date, for example before:2024 or before:2023-10-09.',
      ],
      [
        'after:2023-02-30',
        '“after:2023-02-30” needs a year or a date, for example after:2024 or after:2023-10-09.',
      ],
      [
        'after:2023-13',
        '“after:2023-13” needs a year or a date, for example after:2024 or after:2023-10-09.',
      ],
      ['in:', 'Say which meeting after “in:”, for example in:October or in:"Steering Group".'],
    ]) {
      expect(parseQuery(text as string)).toEqual({ ok: false, message });
    }
  });
});

describe('meetingMatches', () => {
  it('compares dates at the precision given: before:2024 keeps December 2023, not 1 January 2024', () => {
    const q = parsed('before:2024');
    expect(meetingMatches(q, '2023-12-31', '')).toBe(true);
    expect(meetingMatches(q, '2024-01-01', '')).toBe(false);
    const after = parsed('after:2023-10');
    expect(meetingMatches(after, '2023-10-31', '')).toBe(false);
    expect(meetingMatches(after, '2023-11-01', '')).toBe(true);
    expect(meetingMatches(after, '', '')).toBe(false);
  });

  it('matches in: against the words of the title and of the long date', () => {
    const title = 'City of Sanctuary Local Authority Network Steering Group';
    expect(meetingMatches(parsed('in:"steering group"'), '2023-10-09', title)).toBe(true);
    expect(meetingMatches(parsed('in:October'), '2023-10-09', title)).toBe(true);
    expect(meetingMatches(parsed('in:September'), '2023-10-09', title)).toBe(false);
    // Whole words: "Steer" is not "Steering".
    expect(meetingMatches(parsed('in:Steer'), '2023-10-09', title)).toBe(false);
  });
});
