import { describe, expect, it } from 'vitest';
import { generateInviteCode } from '../../shared/sync/invite-codes';
import { createLogger, redact } from '../../server/logger';

function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger((line) => lines.push(line)) };
}

describe('logger', () => {
  it('never prints fields named like secrets', () => {
    const { lines, logger } = capture();
    logger.warn('auth.denied', {
      token: 'hunter2',
      code: 'hunter3',
      password: 'hunter4',
      workspace: 'w1',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('workspace=w1');
    for (const secret of ['hunter2', 'hunter3', 'hunter4']) expect(lines[0]).not.toContain(secret);
  });

  it('scrubs invite codes and URL credentials hiding in other values', () => {
    const code = generateInviteCode();
    const { lines, logger } = capture();
    logger.error(`failed for ${code}`, {
      reason: `bad token ${code.slice(4)} from client`,
      redis: 'redis://admin:s3cret@127.0.0.1:6379',
    });
    const line = lines.join('\n');
    expect(line).not.toContain(code);
    expect(line).not.toContain(code.slice(4));
    expect(line).not.toContain('s3cret');
    expect(line).toContain('[redacted]');
  });

  it('scrubs a code of letters only, written without its prefix', () => {
    // One code in about 90 has no digit; its hyphenated groups still give it away.
    expect(redact('bad token ZVYP-HBMN-KMNR from client')).toBe('bad token [redacted] from client');
  });

  it('keeps what an operator needs: UUIDs, words, numbers', () => {
    const id = 'c56a4180-65aa-42ec-a945-5fd21dec0538';
    expect(redact(`workspace:${id} closed 1009 message too big`)).toBe(
      `workspace:${id} closed 1009 message too big`,
    );
  });

  it('leaves data paths and file names alone even where a part looks like a code', () => {
    for (const text of [
      'data=/srv/quorum/2024-ward-data-sync',
      'data=/srv/quorum/ward-2024-data/quorum-sync.sqlite',
      'backup C:\\Quorum\\K7X4-P9TD-M2HQ\\quorum-sync.sqlite',
      'saved report-2024-june-ab12.docx',
      'file 7KX4P9TDM2HQ.sqlite',
      'listening data=./sync-data/room-4b12-east-wing-9c3d',
    ])
      expect(redact(text)).toBe(text);
  });

  it('still scrubs a code standing alone: quoted, after =, at the end of a sentence', () => {
    const code = generateInviteCode();
    for (const [text, scrubbed] of [
      [`code "${code}" refused`, 'code "[redacted]" refused'],
      [`token=${code}&x=1`, 'token=[redacted]&x=1'],
      [`The code was ${code.slice(4)}.`, 'The code was [redacted].'],
      [`typed ${code.slice(4).toLowerCase()}`, 'typed [redacted]'],
    ])
      expect(redact(text!)).toBe(scrubbed);
  });
});
