/**
 * The only document names this server accepts. Every name carries its workspace id, so
 * authentication can be decided from the name alone, before any document is loaded:
 *
 *   workspace:<workspaceId>
 *   meeting:<workspaceId>:<meetingId>
 *
 * Ids are lowercase canonical UUIDs (what crypto.randomUUID() returns). Accepting only one
 * spelling keeps one name per document: `workspace:ABC…` and `workspace:abc…` must not be
 * two documents with two registrations.
 */

export type DocumentRef =
  | { kind: 'workspace'; workspaceId: string }
  | { kind: 'meeting'; workspaceId: string; meetingId: string };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const WORKSPACE_NAME = new RegExp(`^workspace:(${UUID})$`);
const MEETING_NAME = new RegExp(`^meeting:(${UUID}):(${UUID})$`);
const UUID_ONLY = new RegExp(`^${UUID}$`);

export function parseDocumentName(name: string): DocumentRef | null {
  const workspace = WORKSPACE_NAME.exec(name);
  if (workspace?.[1]) return { kind: 'workspace', workspaceId: workspace[1] };
  const meeting = MEETING_NAME.exec(name);
  if (meeting?.[1] && meeting[2]) {
    return { kind: 'meeting', workspaceId: meeting[1], meetingId: meeting[2] };
  }
  return null;
}

export function isWorkspaceId(id: string): boolean {
  return UUID_ONLY.test(id);
}

export function workspaceDocumentName(workspaceId: string): string {
  return `workspace:${workspaceId}`;
}

export function meetingDocumentName(workspaceId: string, meetingId: string): string {
  return `meeting:${workspaceId}:${meetingId}`;
}
