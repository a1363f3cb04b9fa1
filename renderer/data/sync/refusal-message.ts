/**
 * What the person is told when the sync server refuses a document, by the reason the server
 * gives (server/auth.ts, server/sqlite-storage.ts; docs/sync.md). Only a wrong code is the
 * person's to fix; the others say so, and every one says the changes are kept here.
 * `what` names the document: "this workspace", or a meeting by its title.
 */
const KEPT = 'Changes made here are kept on this computer.';

export function refusalMessage(reason: string, what: string): string {
  switch (reason) {
    case 'too-many-attempts':
      return `The sync server is turning this computer away for a few seconds after too many wrong invite codes from its network. It will try again by itself. ${KEPT}`;
    case 'the server could not check this invite code':
      return `The sync server could not check the invite code: its own records are damaged. ${KEPT} Tell whoever runs the server.`;
    case 'the server could not read this document':
      return `The sync server could not read its copy of ${what}. ${KEPT} Tell whoever runs the server.`;
    case 'invalid-document-name':
      return `The sync server does not accept ${what} under this name: it may run a different version of Quorum. ${KEPT}`;
    default:
      return 'The sync server refused this workspace’s invite code. Check the code with whoever set up sync.';
  }
}
