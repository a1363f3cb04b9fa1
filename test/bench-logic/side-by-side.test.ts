import { describe, expect, it } from 'vitest';
import type { BenchRow } from '../bench/report';
import { startUpSideBySide } from '../bench/ten-year/side-by-side';

const row = (name: string, value: string): BenchRow => ({
  name,
  value,
  floor: '–',
  ratio: '–',
  target: '–',
  met: null,
});

describe('start-up side by side', () => {
  const issue4 = [
    row('App ready (meetings list shown)', '80 ms'),
    row('Workspace document loaded', '900 ms'),
    row('Open a meeting (100 items)', '120 ms'),
  ];
  const tenYear = [
    row('Start-up: meetings list shown', '90 ms'),
    row('Start-up: workspace document loaded', '700 ms'),
    row('Start-up: a meeting open, ready to type', '950 ms'),
  ];

  it('pairs each issue 4 figure with the ten-year one, keeping their values', () => {
    const rows = startUpSideBySide(issue4, tenYear);
    expect(rows.map((r) => r.value)).toEqual([
      '80 ms',
      '90 ms',
      '900 ms',
      '700 ms',
      '120 ms',
      '950 ms',
    ]);
    expect(rows[0]!.name).toBe('meetings list shown: issue 4 workspace');
    expect(rows[1]!.name).toBe('meetings list shown: ten-year workspace');
  });

  it('says which row is missing rather than printing a gap', () => {
    expect(() => startUpSideBySide(issue4.slice(1), tenYear)).toThrow(
      'No row named "App ready (meetings list shown)"',
    );
  });
});
