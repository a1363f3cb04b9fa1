/** Quorum's built-in house-style Word documents (issue 5): pure builders, data in, bytes out. */
export { buildAgendaDocx, agendaTimings, type AgendaTiming } from './agenda';
export {
  buildActionLogDocx,
  groupActionLog,
  isOverdueEntry,
  type ActionLogData,
  type ActionLogEntry,
  type ActionLogGrouping,
} from './action-log';
export { readActionLogData, type ActionLogOptions } from './action-log-data';
export { suggestedActionLogFileName, suggestedFileName } from './file-name';
export { buildMinutesDocx } from './minutes';
export { DRAFT_MARKING } from './page-furniture';
export { buildSummaryDocx } from './summary';
export { xmlSafe } from './xml-safe';
export {
  buildEvidencePackDocx,
  evidencePackTitle,
  suggestedEvidencePackFileName,
} from './evidence-pack';
export {
  NoJourneyError,
  readEvidencePackData,
  type EvidencePackData,
  type EvidencePackEntry,
} from './evidence-pack-data';
