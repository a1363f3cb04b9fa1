import { describe, expect, it } from 'vitest';
import { actionRefs } from '../../../shared/rules/action-refs';
import { localIsoDate } from '../../../shared/format/local-date';

describe('action references', () => {
  it('numbers actions A1, A2 … in the order they were captured', () => {
    const refs = actionRefs([
      { id: 'b', createdAt: '2023-10-09T13:20:00.000Z' },
      { id: 'a', createdAt: '2023-10-09T13:05:00.000Z' },
      { id: 'c', createdAt: '2023-10-09T13:20:00.000Z' },
    ]);
    expect([...refs]).toEqual([
      ['a', 'A1'],
      ['b', 'A2'],
      ['c', 'A3'],
    ]);
  });
});

describe('local today', () => {
  it('reads the local calendar, not UTC', () => {
    expect(localIsoDate(new Date(2023, 8, 14, 0, 30))).toBe('2023-09-14');
    expect(localIsoDate(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
  });
});
