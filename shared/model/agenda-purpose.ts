/** Why an item is on the agenda: to note, to talk through, or to decide. */
export const agendaPurposes = ['information', 'discussion', 'decision'] as const;
export type AgendaPurpose = (typeof agendaPurposes)[number];

export const AGENDA_PURPOSE_LABELS: Record<AgendaPurpose, string> = {
  information: 'For information',
  discussion: 'For discussion',
  decision: 'For decision',
};
