import { useSyncSnapshot } from './useSync';

/** "Also here: Jenny, Rose", on the agenda item others are minuting right now. */
export function PeersHere({ meetingId, itemId }: { meetingId: string; itemId: string }) {
  const here = useSyncSnapshot().peers.filter(
    (peer) => peer.meetingId === meetingId && peer.itemId === itemId,
  );
  if (here.length === 0) return null;
  return (
    <p className="peers-here">
      Also here:{' '}
      {here.map((peer, index) => (
        <span key={peer.clientId}>
          {index > 0 && ', '}
          <span className="peer-name" style={{ borderColor: peer.color }}>
            {peer.name}
          </span>
        </span>
      ))}
    </p>
  );
}
