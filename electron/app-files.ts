import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { addContentSecurityPolicy } from './csp';

/**
 * The files of dist/renderer as responses: what app://quorum/ serves (protocol.ts). Kept free
 * of Electron so that the benchmark can serve the renderer exactly as the desktop app does
 * (same bytes, same headers, no compression) from a plain Node server.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'quorum';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

type Body = Uint8Array<ArrayBuffer> | string | null;

/** Every response, 404s included, carries the CSP. */
function respond(
  status: number,
  body: Body,
  type: string,
  syncOrigins: readonly string[],
): Response {
  const headers: Record<string, string> = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
  };
  addContentSecurityPolicy(headers, syncOrigins);
  return new Response(body, { status, headers });
}

/**
 * Maps an app://quorum/ request to a file inside `rendererRoot`, or to a 404.
 * WARNING: the URL parser already folds `../`, but an encoded slash (`..%2F`) only becomes a
 * separator after decoding, and a symlink can point anywhere: both are checked below.
 */
export async function serveAppRequest(
  request: Request,
  rendererRoot: string,
  syncOrigins: readonly string[] = [],
): Promise<Response> {
  const reply = (status: number, body: Body, type = 'text/plain') =>
    respond(status, body, type, syncOrigins);
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return reply(405, 'Method not allowed');
  const url = new URL(request.url);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return reply(404, 'Not found');

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return reply(400, 'Bad request');
  }
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  if (pathname.includes('\0')) return reply(404, 'Not found');

  const root = path.resolve(rendererRoot);
  const target = path.resolve(root, `.${pathname}`);
  if (!isInside(root, target)) return reply(404, 'Not found');

  try {
    // Resolve symlinks before trusting the path: a link inside dist/renderer may point out.
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    if (!isInside(realRoot, realTarget)) return reply(404, 'Not found');
    const body = await readFile(realTarget);
    return reply(200, request.method === 'HEAD' ? null : new Uint8Array(body), mimeTypeFor(target));
  } catch (error) {
    // A missing file or a folder is an ordinary 404; anything else is worth a line in the log.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') {
      console.error(`app:// could not read ${pathname}:`, error);
    }
    return reply(404, 'Not found');
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  return relative !== '' && !escapes && !path.isAbsolute(relative);
}
