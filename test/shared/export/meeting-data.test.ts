import { describe, expect, it } from 'vitest';
import { listMeetings } from '../../../shared/model';
import { readMeetingForExport } from '../../../shared/export/meeting-data';
import { inlineText, type RichBlock } from '../../../shared/export/rich-text-data';
import { buildSampleWorkspace } from '../../../shared/sample';

function sampleMeeting(date: string) {
  const { workspace, meetings } = buildSampleWorkspace({
    now: new Date('2023-10-10T09:00:00Z'),
    asOf: '2023-10-10',
  });
  const id = listMeetings(workspace).find((m) => m.date === date)!.id;
  return readMeetingForExport(workspace, meetings.get(id)!);
}

describe('readMeetingForExport', () => {
  it('reads the 9 October 2023 meeting with its eight steps as an ordered list', () => {
    const data = sampleMeeting('2023-10-09');
    expect(data.meeting).toMatchObject({
      date: '2023-10-09',
      startTime: '13:00',
      endTime: '14:00',
      venue: 'Microsoft Teams',
    });
    const steps = data.agenda.find((item) => item.title === 'Steps to Become an Awarded Member')!;
    const list = steps.minutes.find(
      (b): b is Extract<RichBlock, { type: 'list' }> => b.type === 'list' && b.ordered,
    );
    expect(list?.items).toHaveLength(8);
    const first = list!.items[0]!.blocks[0]!;
    expect(first.type === 'paragraph' && inlineText(first.inlines)).toContain(
      'Contact your local group',
    );
    expect(steps.questions.map((q) => q.text)).toContain(
      'Democratic process clarify after meeting Gerard Watson?',
    );
    expect(data.agenda.map((i) => i.number)).toEqual(data.agenda.map((_, index) => index + 1));
  });

  it('reads the 1 September meeting’s attendees by surname and its actions with references', () => {
    const data = sampleMeeting('2023-09-01');
    expect(data.attendance.present.map((p) => p.name)).toEqual([
      'Mary Brandon',
      'Maggie Filipova-Rivers',
      'Jennifer Jennings',
      'Rose McCarthy',
      'Sara Trehitt',
    ]);
    expect(data.actions.map((a) => [a.ref, a.owner, a.due])).toEqual([
      ['A1', 'Jennifer Jennings', '2023-09-14'],
      ['A2', 'Jennifer Jennings', null],
    ]);
  });

  it('keeps bold, italic and links as marks on inlines', () => {
    const data = sampleMeeting('2023-10-09');
    const inlines = data.agenda
      .flatMap((item) => item.minutes)
      .flatMap(function flat(block): { bold?: boolean }[] {
        if (block.type === 'list') return block.items.flatMap((i) => i.blocks.flatMap(flat));
        return block.inlines;
      });
    expect(inlines.some((i) => i.bold)).toBe(true);
  });
});
