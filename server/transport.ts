import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { ConnectionContext } from './auth';
import { clientAddress } from './failed-attempts';
import type { JoinHandler } from './join';
import { CLOSE_MALFORMED, isWellFormedFrame } from './limits';
import type { Logger } from './logger';

/**
 * HTTP and WebSocket plumbing in front of Hocuspocus. We run our own `ws` server rather
 * than Hocuspocus's bundled Server so that every frame passes the limits in limits.ts before
 * Hocuspocus parses it, and so the HTTP side answers /health and /join and nothing else.
 */

const GOING_AWAY = 1001;

export function createTransport(
  hocuspocus: Hocuspocus,
  options: { maxMessageBytes: number; logger: Logger; trustProxy: boolean; join: JoinHandler },
) {
  const { logger } = options;
  let accepting = true;
  // maxPayload makes ws refuse an oversized frame while it arrives and close with 1009.
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const httpServer = createServer((request, response) =>
    answerHttp(request, response, options.join),
  );

  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!accepting) return void socket.destroy();
    wss.handleUpgrade(request, socket, head, (ws) => attach(ws, request));
  });

  function attach(ws: WebSocket, request: IncomingMessage) {
    // The context every hook of this connection sees (auth.ts counts wrong codes by it).
    const context: ConnectionContext = { remote: clientAddress(request, options.trustProxy) };
    const client = hocuspocus.handleConnection(ws, toWebRequest(request), context);
    let rejected = false;
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (rejected) return;
      const bytes = toBytes(data);
      if (!isBinary || !isWellFormedFrame(bytes)) {
        rejected = true;
        logger.warn('connection.malformed', {
          remote: request.socket.remoteAddress,
          bytes: bytes.byteLength,
        });
        ws.close(CLOSE_MALFORMED.code, CLOSE_MALFORMED.reason);
        return;
      }
      client.handleMessage(bytes);
    });
    ws.on('close', (code: number, reason: Buffer) => {
      client.handleClose({ code, reason: reason.toString() });
    });
    // ws reports an oversized or invalid frame here, then closes the socket itself (1009/1002).
    ws.on('error', (error: Error) => {
      logger.warn('connection.error', {
        remote: request.socket.remoteAddress,
        reason: error.message,
      });
    });
  }

  return {
    httpServer,
    /** Stops new connections and closes the open ones, so no edit arrives after a flush. */
    disconnectAll() {
      accepting = false;
      httpServer.close();
      httpServer.closeAllConnections();
      for (const ws of wss.clients) ws.close(GOING_AWAY, 'server shutting down');
      hocuspocus.closeConnections();
    },
    /** Resolves once sockets are gone; ws gives a client 30 s to finish the close handshake. */
    async closed(): Promise<void> {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function answerHttp(request: IncomingMessage, response: ServerResponse, join: JoinHandler) {
  const path = (request.url ?? '/').split('?')[0];
  // Relative to where the server is mounted: a proxy may serve it under e.g. /sync/.
  if (path === '/join') return join(request, response);
  if (path === '/health' && (request.method === 'GET' || request.method === 'HEAD')) {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify({ status: 'ok' }));
    return;
  }
  response.writeHead(404, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ error: 'not found' }));
}

/** Hocuspocus 4 hands hooks a fetch-style Request; only its URL query and headers are read. */
function toWebRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    try {
      headers.append(name, Array.isArray(value) ? value.join(', ') : value);
    } catch {
      // A header undici will not accept is not one Hocuspocus needs.
    }
  }
  let url = 'http://localhost/';
  try {
    url = new URL(request.url ?? '/', 'http://localhost').href;
  } catch {
    // Keep the bare URL: the path carries nothing the server relies on.
  }
  return new Request(url, { headers });
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
