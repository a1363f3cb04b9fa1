import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../../../shared/model';
import { generateInviteCode } from '../../../../shared/sync/invite-codes';
import { refusalMessage } from '../../../../renderer/data/sync/refusal-message';
import { until } from '../../../server/helpers';
import { steeringGroupMeeting } from '../../../shared/model/fixtures';
import { useRealSyncServer } from './real-sync-server';

// A server of its own: the guesses below use up 127.0.0.1's budget of wrong codes.
const sync = useRealSyncServer();

describe('why the sync server refused, in the person’s words', () => {
  it('tells a device turned away after many wrong codes that it will try again', async () => {
    const workspaceId = randomUUID();
    const owner = new Y.Doc();
    createMeeting(owner, steeringGroupMeeting);
    const ownerSync = sync.device(workspaceId, owner, 'Owner');
    ownerSync.configure({ url: sync.url(), inviteCode: generateInviteCode() });
    await until(() => ownerSync.getSnapshot().phase === 'synced', 'the owner to register');

    // Guessers on the same network, one after another, until the server stops checking.
    let problem: string | null = null;
    for (let guess = 0; guess < 30 && !problem?.includes('turning this computer away'); guess++) {
      const guesser = sync.device(workspaceId, new Y.Doc(), `Guesser ${guess}`);
      guesser.configure({ url: sync.url(), inviteCode: generateInviteCode() });
      await until(() => guesser.getSnapshot().problem !== null, 'the refusal');
      problem = guesser.getSnapshot().problem;
    }
    expect(problem).toBe(refusalMessage('too-many-attempts', 'this workspace'));
    expect(problem).toMatch(/try again by itself\. Changes made here are kept on this computer\.$/);
  });

  it('names the meeting the server could not read, and blames no invite code', () => {
    const message = refusalMessage(
      'the server could not read this document',
      'the meeting “Steering Group”',
    );
    expect(message).toBe(
      'The sync server could not read its copy of the meeting “Steering Group”. Changes made here are kept on this computer. Tell whoever runs the server.',
    );
    expect(refusalMessage('the server could not check this invite code', 'this workspace')).toMatch(
      /could not check the invite code: its own records are damaged/,
    );
    expect(refusalMessage('permission-denied', 'this workspace')).toMatch(
      /refused this workspace’s invite code\. Check the code/,
    );
  });
});
