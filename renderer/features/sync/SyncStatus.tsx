import { Link } from 'wouter';
import type { Peer } from '../../data/sync/presence';
import { useSyncSnapshot } from './useSync';
import type { SyncSnapshot } from '../../data/sync/workspace-sync';

/**
 * "On this device only", "Offline", "Connecting", "Synced" or "2 others here": the words the
 * indicator shows. "Offline" is kept for a workspace that syncs but cannot reach its server:
 * said of a workspace with no sync at all, it read as a fault to fix.
 */
export function describeSync(snapshot: SyncSnapshot): string {
  switch (snapshot.phase) {
    case 'off':
      return 'On this device only';
    case 'offline':
      return 'Offline';
    case 'connecting':
      return 'Connecting';
    case 'synced': {
      const others = snapshot.peers.length;
      if (others === 0) return 'Synced';
      return others === 1 ? '1 other here' : `${others} others here`;
    }
  }
}

/**
 * Always visible at the foot of the sidebar. Nothing in the app waits on it: it only says
 * whether edits are reaching the others, and who they are and where.
 */
export function SyncStatus() {
  const snapshot = useSyncSnapshot();
  const label = describeSync(snapshot);
  return (
    <div className={`sync-status sync-status--${snapshot.phase}`}>
      <p role="status" className="sync-status-label">
        <span className="sync-status-dot" aria-hidden="true" />
        <span>{label}</span>
      </p>
      {snapshot.phase === 'off' && (
        <p className="sync-status-hint">
          <Link href="/settings">Set up sync</Link>
        </p>
      )}
      {snapshot.problem && <p className="sync-status-hint">{snapshot.problem}</p>}
      {snapshot.peers.length > 0 && <PeerList peers={snapshot.peers} />}
    </div>
  );
}

function PeerList({ peers }: { peers: Peer[] }) {
  return (
    <details className="sync-peers">
      <summary>Who is here</summary>
      <ul aria-label="People here now">
        {peers.map((peer) => (
          <li key={peer.clientId}>
            <span className="sync-peer-swatch" style={{ backgroundColor: peer.color }} />
            {peer.name}
            <span className="sync-peer-where">{whereIs(peer)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function whereIs(peer: Peer): string {
  if (!peer.meetingTitle) return ' · in the workspace';
  if (!peer.itemTitle) return ` · in ${peer.meetingTitle}`;
  return ` · in ${peer.meetingTitle}, ${peer.itemTitle}`;
}
