import type * as Y from 'yjs';
import { longDateOrText } from '../../format/lenient-dates';
import {
  currentJourney,
  EVIDENCE_STRAND_LABELS,
  evidenceReport,
  getMeeting,
  getPerson,
  listAgenda,
  listCriteria,
  listEvidence,
  listSteps,
  meetingReferences,
  readGroupProfile,
  type StepStatus,
} from '../../model';

/**
 * What the evidence pack for an award application holds (issue 17): the programme with each
 * step's status and dates, then the evidence under Learn, Embed and Share, each entry saying
 * where it was recorded (meeting, item and minute reference), and the checklist of criteria.
 */
export interface EvidencePackStep {
  number: number;
  title: string;
  status: StepStatus;
  owner: string;
  targetDate: string | null;
  completedDate: string | null;
}

export interface EvidencePackEntry {
  title: string;
  date: string;
  description: string;
  criterion: string | null;
  /** "City of Sanctuary … Steering Group, 9 October 2023, item 3 (minute SG 23/3)", or ''. */
  recordedAt: string;
  url: string;
}

export interface EvidencePackData {
  group: { name: string; organisation: string };
  journeyTitle: string;
  /** 'YYYY-MM-DD', the day the pack was made. */
  today: string;
  steps: EvidencePackStep[];
  strands: { label: string; entries: EvidencePackEntry[] }[];
  criteria: { title: string; met: boolean; evidence: number }[];
}

export class NoJourneyError extends Error {
  constructor() {
    super('This workspace has no journey yet: start one on the Journey screen first.');
    this.name = 'NoJourneyError';
  }
}

/** Where an entry was recorded, from the meeting index and (when at hand) its document. */
function recordedAt(
  workspace: Y.Doc,
  meetings: ReadonlyMap<string, Y.Doc>,
  meetingId: string | null,
  itemId: string | null,
): string {
  const meeting = meetingId ? getMeeting(workspace, meetingId) : null;
  if (!meetingId || !meeting) return '';
  const where = `${meeting.title}, ${longDateOrText(meeting.date)}`;
  const doc = meetings.get(meetingId);
  const item = doc && itemId ? listAgenda(doc).find((i) => i.id === itemId) : undefined;
  if (!doc || !item) return where;
  const reference = meetingReferences(workspace, doc, meetingId).get(item.id);
  const minute = reference
    ? ` (minute ${reference.text}${reference.provisional ? ', provisional' : ''})`
    : '';
  return `${where}, item ${item.number}: ${item.title}${minute}`;
}

export function readEvidencePackData(
  workspace: Y.Doc,
  meetings: ReadonlyMap<string, Y.Doc>,
  today: string,
): EvidencePackData {
  const journey = currentJourney(workspace);
  if (!journey) throw new NoJourneyError();
  const criteria = listCriteria(workspace, journey.id);
  const report = evidenceReport(listEvidence(workspace, journey.id), criteria);
  const criterionTitle = new Map(criteria.map((c) => [c.id, c.title]));
  const group = readGroupProfile(workspace);
  return {
    group: { name: group.name, organisation: group.organisation },
    journeyTitle: journey.title,
    today,
    steps: listSteps(workspace, journey.id).map((step) => ({
      number: step.number,
      title: step.title,
      status: step.status,
      owner:
        (step.ownerPersonId && getPerson(workspace, step.ownerPersonId)?.name) || step.ownerName,
      targetDate: step.targetDate,
      completedDate: step.completedDate,
    })),
    strands: report.strands.map((strand) => ({
      label: EVIDENCE_STRAND_LABELS[strand.strand],
      entries: strand.entries.map((entry) => ({
        title: entry.title,
        date: entry.date,
        description: entry.description,
        criterion: (entry.criterionId && criterionTitle.get(entry.criterionId)) || null,
        recordedAt: recordedAt(workspace, meetings, entry.meetingId, entry.itemId),
        url: entry.url,
      })),
    })),
    criteria: report.criteria.map(({ criterion, entries }) => ({
      title: criterion.title,
      met: criterion.met,
      evidence: entries.length,
    })),
  };
}
