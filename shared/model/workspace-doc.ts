import type * as Y from 'yjs';

/**
 * The workspace document: one Y.Doc per workspace, shared by every device that joins it.
 *
 *   meta            Y.Map  { schemaVersion }
 *   group           Y.Map  the group profile (group.ts)
 *   standardAgenda  Y.Map<Y.Map>  the group's standard agenda items (group.ts)
 *   people          Y.Map<Y.Map>  person id → person (people.ts); `mergedInto` marks a merged
 *                   duplicate (person-merge.ts)
 *   meetings        Y.Map<Y.Map>  meeting id → the meeting's index entry (meetings.ts)
 *   actions         Y.Map<Y.Map>  action id → action, the action log (actions.ts)
 *   journeys        Y.Map<Y.Map>  journey id → a programme the group works through (journeys.ts)
 *   journeySteps    Y.Map<Y.Map>  step id → step, with its journey id and order key (journey-steps.ts)
 *   journeyCriteria Y.Map<Y.Map>  criterion id → checklist item (journey-criteria.ts)
 *   journeyEvidence Y.Map<Y.Map>  evidence id → Learn/Embed/Share evidence entry (journey-evidence.ts)
 *
 * docs/data-model.md describes every key; keep it in step with this file and migrations.ts.
 */
export const WORKSPACE_SCHEMA_VERSION = 5;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function groupMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('group');
}

export function standardAgendaMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('standardAgenda');
}

export function peopleMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('people');
}

export function meetingsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('meetings');
}

export function actionsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('actions');
}

/*
 * Journeys keep steps, criteria and evidence in flat maps keyed by id rather than nested under
 * the journey: two devices adding to one journey offline then write different keys of one map,
 * and nothing one of them adds can be lost by the other replacing a nested map.
 */
export function journeysMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('journeys');
}

export function journeyStepsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('journeySteps');
}

export function journeyCriteriaMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('journeyCriteria');
}

export function journeyEvidenceMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('journeyEvidence');
}

/** Version of the data in `doc`, or 0 for a document nothing has been written to yet. */
export function schemaVersionOf(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion');
  return typeof version === 'number' ? version : 0;
}
