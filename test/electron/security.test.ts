import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  denyAllPermissions,
  hardenWebContents,
  isSafeExternalUrl,
  openExternalSafely,
} from '../../electron/security';
import { fake, FakeWebContents } from './fakes/electron';

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

beforeEach(() => {
  // Refusals are logged on purpose; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('navigation', () => {
  it('denies navigation to an outside URL and opens it in the browser instead', () => {
    const event = hardened().navigate('https://example.org/report');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.org/report');
  });

  it('denies same-origin app:// navigation too: the SPA never navigates for real', () => {
    const event = hardened().navigate('app://quorum/other.html');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'https://user:secret@example.org/'])(
    'denies %s without opening it anywhere',
    (url) => {
      expect(hardened().navigate(url).preventDefault).toHaveBeenCalled();
      expect(fake.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('denies redirects', () => {
    expect(hardened().redirect('https://example.org/').preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('denies window.open, handing a web link to the browser', () => {
    expect(hardened().openWindow('https://example.org/')).toBe('deny');
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('denies window.open of anything else without opening it', () => {
    const contents = hardened();
    expect(contents.openWindow('app://quorum/index.html')).toBe('deny');
    expect(contents.openWindow('file:///C:/Windows/system32/calc.exe')).toBe('deny');
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('external links', () => {
  it.each([
    ['https://example.org/a?b=c#d', true],
    ['http://intranet.council.gov.uk/', true],
    ['https://user:pass@example.org/', false],
    ['https://user@example.org/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['mailto:clerk@example.org', false],
    ['smb://server/share', false],
    ['not a url', false],
    ['', false],
  ])('%s is safe: %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
    expect(openExternalSafely(url)).toBe(safe);
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(safe ? 1 : 0);
  });

  it('logs, rather than throws, when the browser cannot be opened', async () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    fake.shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(openExternalSafely('https://example.org/')).toBe(true);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
  });
});

describe('permissions', () => {
  const session = fake.session.defaultSession as unknown as Session;
  const contents = new FakeWebContents();

  it('Electron grants by default, so the handlers matter', async () => {
    expect(await fake.requestPermission(contents, 'media')).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies a request for and a check of %s',
    async (permission) => {
      denyAllPermissions(session);
      expect(await fake.requestPermission(contents, permission)).toBe(false);
      expect(fake.checkPermission(contents, permission)).toBe(false);
    },
  );
});
