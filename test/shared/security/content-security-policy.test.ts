import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  PAGE_CONTENT_SECURITY_POLICY,
} from '../../../shared/security/content-security-policy';

/** Directive name to its sources, in the policy's order. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources.join(' ')] as const;
    }),
  );
}

describe('the policy in a <meta> tag', () => {
  it('is the header policy but for connect-src and frame-ancestors', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    const page = directives(PAGE_CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    header.set('connect-src', "'self' ws: wss: http: https:");
    expect([...page]).toEqual([...header]);
  });

  it('lets the page reach any sync server, which only the header narrows', () => {
    expect(directives(PAGE_CONTENT_SECURITY_POLICY).get('connect-src')).toBe(
      "'self' ws: wss: http: https:",
    );
  });

  it('carries no directive a <meta> tag cannot deliver', () => {
    expect(PAGE_CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });
});
