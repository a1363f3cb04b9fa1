import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { APP_URL, handleAppProtocol, registerAppScheme } from '../../electron/protocol';
import { fake } from './fakes/electron';
import { tempDir } from './helpers';

let root: string;

beforeEach(async () => {
  // dist/renderer inside a folder that also holds a secret, one level up.
  const dist = await tempDir('protocol');
  root = path.join(dist, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Quorum</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(dist, 'secret.txt'), 'TOP SECRET');
  handleAppProtocol(root);
});

describe('app:// scheme', () => {
  it('is registered as standard and secure (IndexedDB needs both) with fetch and code cache', () => {
    registerAppScheme();
    expect(fake.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('serves index.html with the CSP header', async () => {
    const response = await fake.fetch(APP_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Quorum</title>');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await fake.fetch('app://quorum/');
    expect(await response.text()).toContain('<title>Quorum</title>');
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (file, type) => {
    const response = await fake.fetch(`app://quorum/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://quorum/../secret.txt',
    'app://quorum/%2e%2e/secret.txt',
    'app://quorum/..%2Fsecret.txt',
    'app://quorum/assets/..%2F..%2Fsecret.txt',
    'app://quorum/..%5Csecret.txt',
    'app://quorum/missing.js',
    'app://quorum/assets',
    'app://elsewhere/index.html',
  ])('answers %s with a 404 that still carries the CSP', async (url) => {
    const response = await fake.fetch(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('TOP SECRET');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('does not follow a symlink out of dist/renderer', async () => {
    await symlink(path.join(root, '..', 'secret.txt'), path.join(root, 'link.txt'));
    const response = await fake.fetch('app://quorum/link.txt');
    expect(response.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fake.fetch(APP_URL, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')] as const;
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data: blob:"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ])('sets %s to %s', (name, sources) => {
    expect(directives.get(name)).toBe(sources);
  });

  it('allows no remote origin, inline script or eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|unsafe-inline|unsafe-eval/);
  });
});
