import type { TestClient } from '../../server/helpers';

/**
 * Closes a client even while its socket is still connecting. The provider removes its own
 * listeners before closing, and `ws` emits 'error' when a connecting socket is closed; with
 * no listener left that would crash the benchmark before it stops the server and removes
 * its data directory. Only matters when a run fails part-way.
 */
export function destroyClient(client: TestClient): void {
  const ws = client.socket.webSocket as unknown as {
    on?: (event: 'error', listener: () => void) => void;
  } | null;
  ws?.on?.('error', () => {});
  client.destroy();
}
