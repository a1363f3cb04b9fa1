import { describe, expect, it } from 'vitest';
import { suggestedActionLogFileName, suggestedFileName } from '../../../../shared/export/house';
import { fullMeeting } from './fixtures';

describe('suggestedFileName', () => {
  it('names draft minutes and summaries with the date, the title and DRAFT', () => {
    const data = fullMeeting();
    expect(suggestedFileName(data, 'minutes')).toBe('2023-10-09 Steering Group minutes DRAFT.docx');
    expect(suggestedFileName(data, 'summary')).toBe('2023-10-09 Steering Group summary DRAFT.docx');
  });

  it('drops DRAFT once approved, and never puts it on an agenda', () => {
    const approved = fullMeeting({ minutesStatus: 'approved', approvedOn: '2024-01-15' });
    expect(suggestedFileName(approved, 'minutes')).toBe('2023-10-09 Steering Group minutes.docx');
    expect(suggestedFileName(fullMeeting(), 'agenda')).toBe(
      '2023-10-09 Steering Group agenda.docx',
    );
  });

  it('makes a hostile or very long title safe and keeps DRAFT at the end', () => {
    const base = fullMeeting();
    const title = `Leeds’ “Sanctuary” <group>: a/b\\c?\u0007 ${'x'.repeat(300)}`;
    const name = suggestedFileName({ ...base, meeting: { ...base.meeting, title } }, 'minutes');
    expect(name).toMatch(/^2023-10-09 Leeds' Sanctuary -group-- a-b-c- x+ minutes DRAFT\.docx$/);
    expect(name.length).toBeLessThanOrEqual(160);
  });
});

describe('suggestedActionLogFileName', () => {
  it('dates the action log by the day it was exported', () => {
    const log = {
      group: { name: 'Sanctuary Steering Group', organisation: '' },
      today: '2024-01-15',
      groupBy: 'owner' as const,
      actions: [],
    };
    expect(suggestedActionLogFileName(log)).toBe(
      '2024-01-15 Sanctuary Steering Group action log.docx',
    );
  });
});
