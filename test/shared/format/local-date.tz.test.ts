import { afterEach, describe, expect, it, vi } from 'vitest';
import { localIsoDate } from '../../../shared/format/local-date';
import { AFTER_LOCAL_MIDNIGHT, expectBritishSummerTime } from './british-summer-time';

describe('localIsoDate after midnight in British Summer Time', () => {
  afterEach(() => vi.useRealTimers());

  it('runs an hour ahead of UTC, or it would prove nothing', expectBritishSummerTime);

  it('is the local calendar day, not the UTC one', () => {
    expect(localIsoDate(AFTER_LOCAL_MIDNIGHT)).toBe('2023-10-20');
    vi.useFakeTimers({ now: AFTER_LOCAL_MIDNIGHT, toFake: ['Date'] });
    expect(localIsoDate()).toBe('2023-10-20');
  });
});
