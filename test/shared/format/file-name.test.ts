import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../shared/format/file-name';

describe('safeFileName', () => {
  it.each([
    [
      '2023-10-09 Leeds City Council’s City of Sanctuary Steering Group',
      "2023-10-09 Leeds City Council's City of Sanctuary Steering Group.quorum",
    ],
    ['Minutes: “draft” – Q3/Q4?', 'Minutes- draft - Q3-Q4-.quorum'],
    ['Tab\tand\nnewline', 'Tab and newline.quorum'],
    ['Ends with dots...', 'Ends with dots.quorum'],
    ['Café Réunion 🎉', 'Cafe Reunion.quorum'],
    ['   ', 'Quorum.quorum'],
  ])('%j becomes %j', (stem, expected) => {
    expect(safeFileName(stem, 'quorum')).toBe(expected);
  });

  it('caps very long names', () => {
    expect(safeFileName('x'.repeat(500), 'docx')).toBe(`${'x'.repeat(150)}.docx`);
  });
});
