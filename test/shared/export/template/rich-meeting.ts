import type { MeetingExportData } from '../../../../shared/export/meeting-data';
import { sampleMeeting } from './docx-reader';

/**
 * The sample's 9 October 2023 meeting, plus what its seed never recorded (apologies, a nested
 * list, a link, decisions, actions, a next meeting, right-to-left text, markup characters),
 * so every generator has something to write.
 */
export const RTL_NOTE = 'ملاحظة: الاجتماع القادم عبر الإنترنت';

export function richMeeting(): MeetingExportData {
  const data = sampleMeeting('2023-10-09');
  data.attendance.apologies = [
    {
      name: 'Maggie Filipova-Rivers',
      role: 'Local Authorities Network Lead',
      organisation: 'City of Sanctuary UK',
    },
  ];
  data.attendance['in-attendance'] = [
    { name: 'Jennifer Jennings', role: 'Migration Support Officer', organisation: '' },
  ];
  const communications = data.agenda.find((item) => item.title === 'Communications');
  if (!communications) throw new Error('The sample has no Communications item');
  communications.minutes.push(
    {
      type: 'list',
      ordered: false,
      start: 1,
      items: [
        {
          blocks: [
            {
              type: 'paragraph',
              inlines: [
                { text: 'Press release drafted by ' },
                { text: 'Comms & Media <Leeds>', bold: true },
                { text: ' 🎉' },
              ],
            },
            {
              type: 'list',
              ordered: true,
              start: 1,
              items: [
                {
                  blocks: [
                    { type: 'paragraph', inlines: [{ text: 'Nested first point', italic: true }] },
                  ],
                },
                {
                  blocks: [
                    {
                      type: 'paragraph',
                      inlines: [
                        { text: 'See the ' },
                        { text: 'network pledge', link: 'https://cityofsanctuary.org/pledge' },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    { type: 'paragraph', inlines: [{ text: RTL_NOTE }] },
  );
  const purpose = data.agenda.find((item) => item.title === 'Purpose of the Steering Group');
  purpose?.decisions.push('The steering group will meet quarterly.');
  data.actions = [
    {
      ref: 'A1',
      description: 'Share the migration report with the steering group',
      owner: 'Councillor Harland',
      due: '2023-10-01',
      status: 'open',
      itemNumber: 1,
    },
    {
      ref: 'A2',
      description: 'Draft the press release',
      owner: 'Jennifer Jennings',
      due: null,
      status: 'done',
      itemNumber: 8,
    },
  ];
  data.nextMeeting = { date: '2024-01-08', startTime: '13:00', endTime: '14:00' };
  return data;
}
