import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postJson } from '../../../shared/sync/post-json';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

/** A server on 127.0.0.1 that records what it was sent and answers with `answer`. */
async function serve(answer: (request: IncomingMessage, response: ServerResponse) => void) {
  const received: { method?: string; type?: string; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method, type: request.headers['content-type'], body });
      answer(request, response);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received };
}

describe('postJson', () => {
  it('POSTs the body as JSON and reads back status, body and Retry-After', async () => {
    const { url, received } = await serve((_request, response) => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '40' });
      response.end(JSON.stringify({ error: 'too-many-attempts' }));
    });
    const answer = await postJson(`${url}/join`, '{"code":"QRM"}');
    expect(answer).toEqual({
      status: 429,
      body: { error: 'too-many-attempts' },
      retryAfter: '40',
    });
    expect(received).toEqual([
      { method: 'POST', type: 'application/json', body: '{"code":"QRM"}' },
    ]);
  });

  it('answers a body that is not JSON as null', async () => {
    const { url } = await serve((_request, response) => response.end('<html>captive portal'));
    expect(await postJson(url, '{}')).toEqual({ status: 200, body: null, retryAfter: null });
  });

  it('refuses a redirect, so the invite code goes nowhere else', async () => {
    const elsewhere = await serve((_request, response) => response.end('{}'));
    const { url } = await serve((_request, response) => {
      response.writeHead(307, { location: `${elsewhere.url}/join` });
      response.end();
    });
    await expect(postJson(url, '{"code":"QRM"}')).rejects.toThrow();
    expect(elsewhere.received).toEqual([]);
  });
});
