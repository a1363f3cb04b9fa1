import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import { allHandlers, registerIpcHandlers } from '../../electron/ipc';
import { createNotificationHandlers } from '../../electron/ipc/notifications';
import { buildMailto } from '../../shared/mail/mailto';
import type { FakeBrowserWindow } from './fakes/electron';
import { fake, FakeNotification } from './fakes/electron';
import { appWindow, invokeEvent } from './helpers';

const reminder = {
  actionId: '5f0c1a9e-2b3d-4c5e-8f70-112233445566',
  title: 'Overdue: SG 23/14 A1',
  body: 'Share the presentation with the migration team. Was due 14 September 2023.',
};

let window: FakeBrowserWindow;

beforeEach(() => {
  window = appWindow();
  const getWindow = () => window as unknown as BrowserWindow;
  // The real handlers, with the notifications' window this test's (main's is not open here).
  registerIpcHandlers({ ...allHandlers, ...createNotificationHandlers({ getWindow }) }, getWindow);
});

const show = (payload: unknown) => fake.invoke('reminder:show', invokeEvent(window), payload);

describe('reminder:show', () => {
  it('shows a system notification with the title and body asked for', async () => {
    expect(await show(reminder)).toEqual({ ok: true, value: { shown: true } });
    expect(fake.notifications).toHaveLength(1);
    const [shown] = fake.notifications;
    expect(shown).toMatchObject({ title: reminder.title, body: reminder.body });
    expect(shown!.show).toHaveBeenCalledOnce();
  });

  it.each([
    ['an id with a path in it', { ...reminder, actionId: '../../etc/passwd' }, 'actionId'],
    ['no title', { ...reminder, title: '  ' }, 'title'],
    ['a body far too long', { ...reminder, body: 'x'.repeat(5000) }, 'body'],
    ['an extra field', { ...reminder, icon: '/etc/passwd' }, 'icon'],
    ['nothing at all', undefined, 'request'],
  ])('refuses %s, naming the field, and shows nothing', async (_case, payload, field) => {
    const result = await show(payload);
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect((result as { message: string }).message).toContain(field);
    expect(fake.notifications).toHaveLength(0);
  });

  it('says unavailable, and shows nothing, where the system has no notifications', async () => {
    FakeNotification.isSupported.mockReturnValue(false);
    expect(await show(reminder)).toMatchObject({ ok: false, error: 'unavailable' });
    expect(fake.notifications).toHaveLength(0);
  });

  it('on a click, brings the window forward and tells it which action to open', async () => {
    window.minimize();
    window.visible = false;
    await show(reminder);
    expect(window.webContents.sent).toEqual([]);
    fake.notifications[0]!.click();
    expect(window.restore).toHaveBeenCalled();
    expect(window.isVisible()).toBe(true);
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.sent).toEqual([
      ['reminder:open-action', { actionId: reminder.actionId }],
    ]);
  });

  it('opens the register itself for a summary reminder (no action id)', async () => {
    await show({ ...reminder, actionId: null, title: '7 actions need chasing' });
    fake.notifications[0]!.click();
    expect(window.webContents.sent).toEqual([['reminder:open-action', { actionId: null }]]);
  });

  it('does nothing on a click once the window has closed', async () => {
    const handlers = createNotificationHandlers({ getWindow: () => null });
    await handlers['reminder:show'](reminder);
    expect(() => fake.notifications[0]!.click()).not.toThrow();
    window.close();
    expect(window.webContents.sent).toEqual([]);
  });
});

describe('mail:compose', () => {
  const url = buildMailto({
    to: 'jenny@example.org',
    subject: 'Your open actions',
    body: 'Dear Jennifer,\n- SG 23/14 A1: Share the presentation',
  });
  const compose = (payload: unknown) => fake.invoke('mail:compose', invokeEvent(window), payload);

  it('opens a checked mailto: link in the mail client', async () => {
    expect(await compose({ url })).toEqual({ ok: true, value: { opened: true } });
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a file', 'file:///etc/passwd'],
    ['a program', 'javascript:alert(1)'],
    ['a second recipient', 'mailto:jenny@example.org,boss@example.org'],
    ['an added header', 'mailto:jenny@example.org?bcc=spy@example.org'],
    ['a line break in the subject', 'mailto:jenny@example.org?subject=Hi%0D%0ABcc:%20spy@x.org'],
    ['an unencoded space', 'mailto:jenny@example.org?subject=Hi there'],
    ['a link far too long', `mailto:jenny@example.org?body=${'x'.repeat(3000)}`],
  ])('refuses %s and opens nothing', async (_case, bad) => {
    const result = await compose({ url: bad });
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports a mail client that would not open', async () => {
    fake.shell.openExternal.mockRejectedValueOnce(new Error('No application is registered'));
    const result = await compose({ url });
    expect(result).toMatchObject({ ok: false, error: 'unavailable' });
    expect((result as { message: string }).message).toContain('No application is registered');
  });
});
