// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserAdapter } from '../../../renderer/platform/browser-adapter';
import { buildMailto } from '../../../shared/mail/mailto';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function clickedLinks(): HTMLAnchorElement[] {
  const clicked: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this);
  });
  return clicked;
}

describe('reminders and email in a browser', () => {
  it('says reminders need the desktop app, after checking the request as main would', async () => {
    const adapter = createBrowserAdapter();
    expect(await adapter.showReminder({ actionId: 'a1', title: 'Overdue: A1', body: '' })).toEqual({
      ok: false,
      error: 'unavailable',
      message: 'Reminders are shown by the Quorum desktop app.',
    });
    const bad = await adapter.showReminder({ actionId: '<img>', title: 'x', body: '' });
    expect(bad).toMatchObject({ ok: false, error: 'invalid-payload' });
    // Nothing is ever clicked in a browser, and stopping listening is harmless.
    expect(() => adapter.onReminderClicked(() => {})()).not.toThrow();
  });

  it('follows a checked mailto: link, and leaves no link behind', async () => {
    const clicked = clickedLinks();
    const url = buildMailto({ to: 'jenny@example.org', subject: 'Actions', body: 'Dear Jenny' });
    expect(await createBrowserAdapter().composeEmail({ url })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(clicked.map((link) => link.getAttribute('href'))).toEqual([url]);
    expect(document.querySelector('a')).toBeNull();
  });

  it('follows no other link', async () => {
    const clicked = clickedLinks();
    for (const url of [
      'https://evil.example/',
      'javascript:alert(1)',
      'mailto:a@b.org?bcc=c@d.org',
    ]) {
      const result = await createBrowserAdapter().composeEmail({ url });
      expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
    }
    expect(clicked).toEqual([]);
  });
});
