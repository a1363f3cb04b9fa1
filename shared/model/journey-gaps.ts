import type { JourneyCriterion } from './journey-criteria';
import {
  EVIDENCE_STRAND_LABELS,
  evidenceStrands,
  type Evidence,
  type EvidenceStrand,
} from './journey-evidence';

/**
 * How much evidence a journey holds for each of Learn, Embed and Share and for each checklist
 * criterion, so the Journey screen (and the evidence pack) can show the gaps before a panel does.
 */
export interface StrandEvidence {
  strand: EvidenceStrand;
  label: string;
  entries: Evidence[];
}

export interface CriterionEvidence {
  criterion: JourneyCriterion;
  entries: Evidence[];
}

export interface EvidenceReport {
  strands: StrandEvidence[];
  criteria: CriterionEvidence[];
}

export function evidenceReport(
  evidence: readonly Evidence[],
  criteria: readonly JourneyCriterion[],
): EvidenceReport {
  return {
    strands: evidenceStrands.map((strand) => ({
      strand,
      label: EVIDENCE_STRAND_LABELS[strand],
      entries: evidence.filter((entry) => entry.strand === strand),
    })),
    criteria: criteria.map((criterion) => ({
      criterion,
      entries: evidence.filter((entry) => entry.criterionId === criterion.id),
    })),
  };
}

/** "Share: no evidence yet", "Learn: 1 piece of evidence", "Embed: 3 pieces of evidence". */
export function describeStrandEvidence({ label, entries }: StrandEvidence): string {
  if (entries.length === 0) return `${label}: no evidence yet`;
  return `${label}: ${entries.length} ${entries.length === 1 ? 'piece' : 'pieces'} of evidence`;
}

/** The strands with no evidence at all: what an application would be missing. */
export function evidenceGaps(report: EvidenceReport): EvidenceStrand[] {
  return report.strands.filter((s) => s.entries.length === 0).map((s) => s.strand);
}
