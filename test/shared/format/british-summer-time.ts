import { expect } from 'vitest';

/** 00:30 on Friday 20 October 2023 in British Summer Time: still the 19th in UTC. */
export const AFTER_LOCAL_MIDNIGHT = new Date('2023-10-19T23:30:00.000Z');

/**
 * Fails unless the worker runs an hour ahead of UTC (the unit-tz project's Europe/London),
 * so a test of "today" cannot pass in UTC, where local and UTC dates agree.
 */
export function expectBritishSummerTime(): void {
  expect(AFTER_LOCAL_MIDNIGHT.getTimezoneOffset()).toBe(-60);
  expect(AFTER_LOCAL_MIDNIGHT.getDate()).toBe(20);
}
