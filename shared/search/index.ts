export {
  meetingSearchDocuments,
  minutesParagraphOf,
  searchKinds,
  workspaceSearchDocuments,
  WORKSPACE_SOURCE,
  type SearchDocument,
  type SearchKind,
} from './documents';
export {
  SEARCH_INDEX_VERSION,
  SearchIndex,
  searchIndex,
  type SearchAnswer,
  type SearchHit,
} from './engine';
export { groupHits, type HitGroup } from './groups';
export { parseQuery, type ParsedQuery, type QueryResult } from './query';
export { snippetText, type SnippetPart } from './snippet';
export { indexWorkspace } from './workspace-index';
