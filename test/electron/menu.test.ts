import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, installApplicationMenu } from '../../electron/menu';
import { fake } from './fakes/electron';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const standardRoles = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'minimize',
  'close',
  'about',
];

describe('application menu', () => {
  it.each(['win32', 'linux'] as const)(
    'has the standard roles on %s, About under Help',
    (platform) => {
      const template = buildMenuTemplate(platform, 'Quorum', true);
      expect(roles(template)).toEqual(expect.arrayContaining(standardRoles));
      expect(template.at(-1)?.label).toBe('&Help');
      expect(roles([template.at(-1) ?? {}])).toEqual(['about']);
    },
  );

  it('has the macOS app menu first, with About, Hide and Quit', () => {
    const template = buildMenuTemplate('darwin', 'Quorum', true);
    expect(template[0]?.label).toBe('Quorum');
    expect(roles([template[0] ?? {}])).toEqual(
      expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    expect(roles(template)).toEqual(expect.arrayContaining(standardRoles));
  });

  it('offers developer tools only in development', () => {
    expect(roles(buildMenuTemplate('linux', 'Quorum', true))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate('linux', 'Quorum', false))).toContain('toggleDevTools');
  });

  it('is installed as the application menu', () => {
    installApplicationMenu();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(fake.menu()).not.toBeNull();
  });
});
