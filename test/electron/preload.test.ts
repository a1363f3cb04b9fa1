import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuorumApi } from '../../shared/ipc';
import { fake } from './fakes/electron';

// Every method of QuorumApi, checked both ways: a method added to the type and not listed
// here fails to compile, and one listed that is not in the type fails too.
const methods = [
  'getAppInfo',
  'saveFile',
  'openFile',
  'convertToPdf',
  'startHosting',
  'stopHosting',
  'getHostingStatus',
  'joinSyncServer',
  'useSyncServer',
  'showReminder',
  'composeEmail',
  'onReminderClicked',
  'writeBackup',
  'listBackups',
  'readBackup',
  'onFinalBackupRequest',
] as const satisfies readonly (keyof QuorumApi)[];
type Unlisted = Exclude<keyof QuorumApi, (typeof methods)[number]>;
const everyMethodListed: [Unlisted] extends [never] ? true : false = true;

let api: QuorumApi;

beforeEach(async () => {
  vi.resetModules();
  await import('../../electron/preload');
  api = fake.exposedInMainWorld.get('quorum') as QuorumApi;
});

describe('preload', () => {
  it('exposes exactly one key, quorum, once', () => {
    expect(everyMethodListed).toBe(true);
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...fake.exposedInMainWorld.keys()]).toEqual(['quorum']);
  });

  it('exposes exactly the QuorumApi methods, all functions', () => {
    expect(Object.keys(api).sort()).toEqual([...methods].sort());
    for (const method of methods) expect(typeof api[method]).toBe('function');
  });

  it.each([
    ['getAppInfo', 'app:info', undefined],
    ['saveFile', 'file:save', { suggestedName: 'a.docx', data: new Uint8Array([1]), filters: [] }],
    ['openFile', 'file:open', { title: 'Open', filters: [] }],
    ['convertToPdf', 'export:pdf', { docx: new Uint8Array([0x50, 0x4b]) }],
    ['startHosting', 'sync:host-start', { workspaceId: '0b9d3c8e-4f7a-4e21-9c55-2a1f3e6d7b80' }],
    ['stopHosting', 'sync:host-stop', undefined],
    ['getHostingStatus', 'sync:host-status', undefined],
    [
      'joinSyncServer',
      'sync:join',
      { url: 'ws://127.0.0.1:4455', inviteCode: 'QRM-7KX4-P9TD-M2HQ' },
    ],
    ['showReminder', 'reminder:show', { actionId: 'a1', title: 'Overdue: SG 23/14 A1', body: '' }],
    ['composeEmail', 'mail:compose', { url: 'mailto:jenny@example.org?subject=Hi' }],
    [
      'writeBackup',
      'backup:write',
      {
        workspaceId: '0b9d3c8e-4f7a-4e21-9c55-2a1f3e6d7b80',
        data: new Uint8Array([1]),
        reason: 'changed',
      },
    ],
    ['listBackups', 'backup:list', {}],
    [
      'readBackup',
      'backup:read',
      {
        workspaceId: '0b9d3c8e-4f7a-4e21-9c55-2a1f3e6d7b80',
        name: '2023-10-09T13-15-00-000Z.quorum',
      },
    ],
  ] as const)('%s forwards to %s and returns its answer', async (method, channel, request) => {
    const answer = { ok: true, value: channel };
    fake.ipcRenderer.invoke.mockResolvedValueOnce(answer);
    const call = api[method] as (request?: unknown) => Promise<unknown>;
    expect(await call(request)).toBe(answer);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, request);
  });

  it('passes on a clicked reminder as a checked copy, and nothing else', () => {
    const heard: unknown[] = [];
    const stop = api.onReminderClicked((event) => heard.push(event));
    expect(fake.ipcRenderer.on).toHaveBeenCalledWith('reminder:open-action', expect.any(Function));
    fake.sendToRenderer('reminder:open-action', { actionId: 'a-1', extra: 'dropped' });
    fake.sendToRenderer('reminder:open-action', { actionId: null });
    fake.sendToRenderer('reminder:open-action', { actionId: '../../etc' });
    fake.sendToRenderer('reminder:open-action', 'a-1');
    fake.sendToRenderer('sync:elsewhere', { actionId: 'a-2' });
    expect(heard).toEqual([{ actionId: 'a-1' }, { actionId: null }]);
    stop();
    fake.sendToRenderer('reminder:open-action', { actionId: 'a-3' });
    expect(heard).toHaveLength(2);
  });

  it("tells the page when main asks for a last backup, without Electron's event", () => {
    const heard: unknown[][] = [];
    const stop = api.onFinalBackupRequest((...args: unknown[]) => heard.push(args));
    fake.sendToRenderer('backup:final-snapshot-request');
    expect(heard).toEqual([[]]);
    stop();
    fake.sendToRenderer('backup:final-snapshot-request');
    expect(heard).toHaveLength(1);
  });

  it('imports only types from shared/, so zod stays out of the preload bundle', async () => {
    const source = await readFile(new URL('../../electron/preload.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import\s+(type\s+)?.*from\s+'([^']+)';$/gm)];
    const valueImports = imports.filter(([, type]) => !type).map(([, , from]) => from);
    expect(valueImports).toEqual(['electron']);
  });
});
