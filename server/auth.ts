import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { parseDocumentName } from '../shared/sync/document-names';
import { isThrottled, type CodeAttempts, type Throttled } from './failed-attempts';
import type { Logger } from './logger';
import type { Admission, WorkspaceRegistry } from './workspace-registry';

/**
 * Per-workspace authentication: the provider's token is the workspace invite code, checked
 * against the registry before Hocuspocus loads or sends anything. A client that fails reads
 * nothing and writes nothing: Hocuspocus drops everything it queued for that document.
 */

/** Sent when the server cannot read its own workspace list: not the person's wrong code. */
export const UNCHECKED_CODE = 'the server could not check this invite code';

/**
 * Thrown to deny a document. The message is deliberately empty: Hocuspocus prints the
 * message of any error a hook throws, and we log denials ourselves, without the token.
 */
export class AccessDenied extends Error {
  constructor(
    readonly reason:
      'permission-denied' | 'invalid-document-name' | 'too-many-attempts' | typeof UNCHECKED_CODE,
  ) {
    super('');
  }
}

/** Set by transport.ts when the socket connects. */
export interface ConnectionContext {
  /** The client's address, as failed-attempts.ts counts it. */
  remote: string;
}

export interface AuthContext {
  workspaceId: string;
}

export function authExtension(
  registry: WorkspaceRegistry,
  options: { closed: boolean; logger: Logger; attempts: CodeAttempts },
): Extension {
  const { closed, logger, attempts } = options;
  return {
    extensionName: 'quorum-auth',
    async onAuthenticate({
      token,
      documentName,
      socketId,
      context,
    }: onAuthenticatePayload<ConnectionContext>): Promise<AuthContext> {
      const remote = context.remote;
      const ref = parseDocumentName(documentName);
      if (!ref) {
        logger.warn('auth.denied', {
          reason: 'invalid-document-name',
          document: documentName.slice(0, 80),
          socket: socketId,
        });
        throw new AccessDenied('invalid-document-name');
      }
      let outcome: Admission | Throttled;
      try {
        // Charged before the scrypt (failed-attempts.ts), so parallel guesses count too.
        outcome = await attempts.attempt(
          remote,
          ref.workspaceId,
          token,
          () => registry.admit(ref.workspaceId, token, !closed),
          (admission) => admission !== 'denied',
        );
      } catch (error) {
        // A damaged workspaces table: say so in the log and to the client, not "wrong code".
        logger.error('auth.failed', {
          workspace: ref.workspaceId,
          document: documentName,
          reason: error instanceof Error ? error.message : String(error),
        });
        throw new AccessDenied(UNCHECKED_CODE);
      }
      if (isThrottled(outcome)) {
        logger.warn('auth.throttled', { document: documentName.slice(0, 80), socket: socketId });
        throw new AccessDenied('too-many-attempts');
      }
      if (outcome === 'denied') {
        logger.warn('auth.denied', {
          workspace: ref.workspaceId,
          document: documentName,
          socket: socketId,
        });
        throw new AccessDenied('permission-denied');
      }
      if (outcome === 'registered') {
        logger.info('workspace.registered', { workspace: ref.workspaceId, by: 'first-use' });
      }
      logger.info('auth.ok', { document: documentName, socket: socketId });
      // Returned fields become the connection's context for later hooks.
      return { workspaceId: ref.workspaceId };
    },
  };
}
