import * as Y from 'yjs';
import { encodeWorkspaceFile } from '../../../shared/workspace-file';

export const WORKSPACE = '0b9d3c8e-4f7a-4e21-9c55-2a1f3e6d7b80';
export const OTHER_WORKSPACE = '5e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

/** A real `.quorum` file of `workspaceId` whose group is called `groupName`. */
export function workspaceFile(workspaceId = WORKSPACE, groupName = 'Steering Group'): Uint8Array {
  const workspace = new Y.Doc({ guid: workspaceId });
  workspace.getMap('profile').set('name', groupName);
  return encodeWorkspaceFile({
    workspace,
    meetings: new Map(),
    appVersion: 'test',
    now: new Date('2023-10-09T13:15:00Z'),
  });
}
