import { describe, expect, it } from 'vitest';
import type { SyncSnapshot } from '../../../../renderer/data/sync/workspace-sync';
import { describeSync } from '../../../../renderer/features/sync/SyncStatus';

const snapshot = (phase: SyncSnapshot['phase'], peers = 0): SyncSnapshot => ({
  phase,
  peers: Array.from({ length: peers }, (_, i) => ({
    clientId: i,
    name: `Person ${i}`,
    color: '#1d70b8',
  })),
  problem: null,
  server: phase === 'off' ? null : 'ws://127.0.0.1:4455',
});

describe('the words the sync status shows', () => {
  it('says a workspace with no sync is on this device only, not offline', () => {
    expect(describeSync(snapshot('off'))).toBe('On this device only');
  });

  it('keeps "Offline" for a workspace that syncs but cannot reach its server', () => {
    expect(describeSync(snapshot('offline'))).toBe('Offline');
    expect(describeSync(snapshot('connecting'))).toBe('Connecting');
  });

  it('counts the others here once synced', () => {
    expect(describeSync(snapshot('synced'))).toBe('Synced');
    expect(describeSync(snapshot('synced', 1))).toBe('1 other here');
    expect(describeSync(snapshot('synced', 3))).toBe('3 others here');
  });
});
