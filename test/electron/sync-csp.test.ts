import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addContentSecurityPolicy } from '../../electron/csp';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { handleAppProtocol } from '../../electron/protocol';
import { AllowedSyncOrigins } from '../../electron/sync/allowed-origins';
import { fake } from './fakes/electron';
import { tempDir } from './helpers';

let file: string;
let origins: AllowedSyncOrigins;

beforeEach(async () => {
  file = path.join(await tempDir('sync-origins'), 'sync-origins.json');
  origins = new AllowedSyncOrigins(() => file);
});

afterEach(() => {
  vi.restoreAllMocks();
});

function connectSrc(policy: string): string {
  return (
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith('connect-src '))
      ?.slice('connect-src '.length) ?? ''
  );
}

describe('the CSP with sync servers', () => {
  it('adds exactly the recorded origins to connect-src and changes nothing else', () => {
    const headers: Record<string, string> = {};
    addContentSecurityPolicy(headers, ['ws://192.168.1.20:4455', 'http://192.168.1.20:4455']);
    const policy = headers['Content-Security-Policy']!;
    expect(connectSrc(policy)).toBe("'self' ws://192.168.1.20:4455 http://192.168.1.20:4455");
    const withoutConnect = (p: string) =>
      p
        .split(';')
        .filter((part) => !part.trim().startsWith('connect-src'))
        .join(';');
    expect(withoutConnect(policy)).toBe(withoutConnect(CONTENT_SECURITY_POLICY));
    expect(policy).not.toContain('*');
  });

  it('is the base policy with no servers', () => {
    const headers: Record<string, string> = {};
    addContentSecurityPolicy(headers, []);
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(connectSrc(CONTENT_SECURITY_POLICY)).toBe("'self'");
  });

  it('drops anything that is not an exact origin, so nothing can add a directive', () => {
    const headers: Record<string, string> = {};
    addContentSecurityPolicy(headers, [
      "ws://evil.example; script-src 'unsafe-eval'",
      'ws://*',
      'wss:',
      'https://sync.example.gov.uk',
    ]);
    expect(connectSrc(headers['Content-Security-Policy']!)).toBe(
      "'self' https://sync.example.gov.uk",
    );
  });

  it('is served with every app:// response, read afresh each time', async () => {
    const root = await tempDir('protocol');
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Quorum</title>');
    handleAppProtocol(root, () => origins.list());

    const before = await fake.fetch('app://quorum/index.html');
    expect(before.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    await origins.allow(['wss://sync.example.gov.uk', 'https://sync.example.gov.uk']);
    const after = await fake.fetch('app://quorum/index.html');
    expect(connectSrc(after.headers.get('content-security-policy')!)).toBe(
      "'self' wss://sync.example.gov.uk https://sync.example.gov.uk",
    );
    const missing = await fake.fetch('app://quorum/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(
      after.headers.get('content-security-policy'),
    );
  });
});

describe('the list of allowed sync servers', () => {
  it('starts empty when there is no file', async () => {
    await origins.load();
    expect(origins.list()).toEqual([]);
  });

  it('persists across a restart, most recent last, without duplicates', async () => {
    await origins.allow(['ws://192.168.1.20:4455', 'http://192.168.1.20:4455']);
    await origins.allow(['ws://127.0.0.1:4455', 'http://127.0.0.1:4455']);
    await origins.allow(['ws://192.168.1.20:4455', 'http://192.168.1.20:4455']);
    const restarted = new AllowedSyncOrigins(() => file);
    await restarted.load();
    expect(restarted.list()).toEqual([
      'ws://127.0.0.1:4455',
      'http://127.0.0.1:4455',
      'ws://192.168.1.20:4455',
      'http://192.168.1.20:4455',
    ]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 1,
      origins: restarted.list(),
    });
  });

  it('keeps only the 40 most recent', async () => {
    for (let i = 1; i <= 25; i += 1) {
      await origins.allow([`ws://10.0.0.${i}:4455`, `http://10.0.0.${i}:4455`]);
    }
    expect(origins.list()).toHaveLength(40);
    expect(origins.list()[0]).toBe('ws://10.0.0.6:4455');
    expect(origins.list().at(-1)).toBe('http://10.0.0.25:4455');
  });

  it('refuses to record something that is not an exact origin', async () => {
    await expect(origins.allow(['ws://*:4455'])).rejects.toThrow('not a sync server origin');
    expect(origins.list()).toEqual([]);
  });

  it.each([
    ['not JSON', '{"version": 1, "origins": ['],
    ['the wrong shape', '{"origins": "ws://192.168.1.20:4455"}'],
    ['a wildcard', '{"version": 1, "origins": ["ws://*"]}'],
    ['a smuggled directive', `{"version": 1, "origins": ["ws://a; script-src 'unsafe-eval'"]}`],
  ])('ignores a file holding %s, with a log line', async (_case, text) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await origins.allow(['ws://127.0.0.1:1234', 'http://127.0.0.1:1234']);
    await writeFile(file, text);
    await origins.load();
    expect(origins.list()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Ignoring'));
  });
});
