import type { Paragraph, Table } from 'docx';
import { safeFileName } from '../../format/file-name';
import { longDateOrText } from '../../format/lenient-dates';
import { STEP_STATUS_LABELS } from '../../model';
import type { EvidencePackData } from './evidence-pack-data';
import { heading, labelled, textParagraph } from './meeting-parts';
import { packHouseDocument } from './pack';
import { dataTable } from './tables';

/**
 * The evidence pack in the house style: a Word document the group attaches to its award
 * application. The programme first (where the group stands on each step), then the evidence
 * under Learn, Embed and Share, a strand with none saying so, then the checklist of criteria.
 */
export function evidencePackTitle(data: EvidencePackData): string {
  return `${data.journeyTitle}: evidence pack`;
}

export function suggestedEvidencePackFileName(data: EvidencePackData): string {
  return safeFileName(`${data.today} ${data.journeyTitle.slice(0, 100)} evidence pack`, 'docx');
}

function stepDates(step: EvidencePackData['steps'][number]): string {
  const parts = [];
  if (step.targetDate) parts.push(`Target ${longDateOrText(step.targetDate)}`);
  if (step.completedDate) parts.push(`Completed ${longDateOrText(step.completedDate)}`);
  return parts.join('; ');
}

export async function buildEvidencePackDocx(data: EvidencePackData): Promise<Uint8Array> {
  const done = data.steps.filter((s) => s.status === 'done').length;
  const body: (Paragraph | Table)[] = [
    heading(evidencePackTitle(data), 1),
    textParagraph(
      `${data.group.name}. Prepared on ${longDateOrText(data.today)}: ${done} of ${data.steps.length} steps done.`,
    ),
    heading('The programme'),
    dataTable(
      [
        // Wide enough for "Step" and "In progress" on one line each.
        { title: 'Step', share: 1.5 },
        { title: 'What', share: 6.3 },
        { title: 'Status', share: 2.4 },
        { title: 'Owner', share: 2 },
        { title: 'Dates', share: 3 },
      ],
      data.steps.map((step) => [
        String(step.number),
        step.title,
        STEP_STATUS_LABELS[step.status],
        step.owner,
        stepDates(step),
      ]),
    ),
  ];
  for (const strand of data.strands) {
    body.push(heading(strand.label));
    if (strand.entries.length === 0) body.push(textParagraph(`No ${strand.label} evidence yet.`));
    for (const entry of strand.entries) {
      body.push(heading(`${entry.title}, ${longDateOrText(entry.date)}`, 3));
      if (entry.description) body.push(textParagraph(entry.description));
      if (entry.criterion) body.push(labelled('Criterion', entry.criterion));
      if (entry.recordedAt) body.push(labelled('Recorded at', entry.recordedAt));
      if (entry.url) body.push(labelled('Web address', entry.url));
    }
  }
  if (data.criteria.length > 0) {
    body.push(
      heading('Criteria'),
      dataTable(
        [
          { title: 'Criterion', share: 8 },
          { title: 'Met', share: 1.5 },
          { title: 'Evidence', share: 2 },
        ],
        data.criteria.map((c) => [c.title, c.met ? 'Yes' : 'Not yet', String(c.evidence)]),
      ),
    );
  }
  return packHouseDocument({
    title: evidencePackTitle(data),
    subject: `Evidence pack as at ${longDateOrText(data.today)}`,
    group: data.group.name,
    organisation: data.group.organisation,
    draft: false,
    lists: { base: 0, levels: 1 },
    body,
  });
}
