import { describe, expect, it } from 'vitest';
import {
  MAX_SYNC_ADDRESS_LENGTH,
  parseSyncServerAddress,
} from '../../../shared/sync/server-address';

describe('parseSyncServerAddress', () => {
  it.each([
    [
      'ws://192.168.1.20:4455',
      'ws://192.168.1.20:4455',
      'http://192.168.1.20:4455/join',
      ['ws://192.168.1.20:4455', 'http://192.168.1.20:4455'],
    ],
    [
      '  192.168.1.20:4455  ',
      'ws://192.168.1.20:4455',
      'http://192.168.1.20:4455/join',
      ['ws://192.168.1.20:4455', 'http://192.168.1.20:4455'],
    ],
    [
      'http://Quorum-Laptop.local:4455/',
      'ws://quorum-laptop.local:4455',
      'http://quorum-laptop.local:4455/join',
      ['ws://quorum-laptop.local:4455', 'http://quorum-laptop.local:4455'],
    ],
    [
      'HTTPS://sync.example.gov.uk/quorum/',
      'wss://sync.example.gov.uk/quorum',
      'https://sync.example.gov.uk/quorum/join',
      ['wss://sync.example.gov.uk', 'https://sync.example.gov.uk'],
    ],
    [
      'wss://sync.example.gov.uk:443',
      'wss://sync.example.gov.uk',
      'https://sync.example.gov.uk/join',
      ['wss://sync.example.gov.uk', 'https://sync.example.gov.uk'],
    ],
  ])('reads %j', (typed, providerUrl, joinUrl, origins) => {
    const parsed = parseSyncServerAddress(typed);
    expect(parsed).toMatchObject({ ok: true, address: { providerUrl, joinUrl, origins } });
  });

  it.each([
    ['', 'enter the server address'],
    ['file:///etc/passwd', 'must start with ws://'],
    ['javascript://alert(1)', 'must start with ws://'],
    ['ftp://192.168.1.20', 'must start with ws://'],
    ['ws://jenny:secret@192.168.1.20:4455', 'user name or password'],
    ['ws://@192.168.1.20', 'user name or password'],
    ['ws://192.168.1.20:4455/?token=QRM-7KX4-P9TD-M2HQ', '? or #'],
    ['ws://192.168.1.20:4455#x', '? or #'],
    ['ws://[fe80::1]:4455', 'IPv6'],
    ['ws://:4455', 'must name a server'],
    ['ws://bad host:4455', 'must name a server'],
    ["ws://evil.example;connect-src'*'", 'must name a server'],
    ['ws://192.168.1.20:0', 'port'],
    ['ws://192.168.1.20:65536', 'port'],
    ['ws://192.168.1.20:44a', 'port'],
    ['ws://192.168.1.20/a b', 'path'],
    [`ws://${'a'.repeat(MAX_SYNC_ADDRESS_LENGTH)}`, `at most ${MAX_SYNC_ADDRESS_LENGTH}`],
  ])('refuses %j', (typed, problem) => {
    const parsed = parseSyncServerAddress(typed);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toContain(problem);
  });
});
