import { describe, expect, it } from 'vitest';
import { checkElectronBinary, ELECTRON_MISSING } from '../../scripts/electron-binary';

describe('checking for the Electron binary', () => {
  it('passes when the path the package names exists', () => {
    expect(
      checkElectronBinary(
        () => '/e/dist/electron',
        (file) => file === '/e/dist/electron',
      ),
    ).toBeNull();
  });

  it('says how to get it when the package has no path.txt', () => {
    const noPathFile = () => {
      throw new Error('Electron failed to install correctly');
    };
    expect(checkElectronBinary(noPathFile)).toBe(ELECTRON_MISSING);
  });

  it('says how to get it when the named binary is not there', () => {
    expect(
      checkElectronBinary(
        () => '/e/dist/electron',
        () => false,
      ),
    ).toBe(ELECTRON_MISSING);
  });

  it('is one line that names the fix', () => {
    expect(ELECTRON_MISSING).not.toContain('\n');
    expect(ELECTRON_MISSING).toContain('node node_modules/electron/install.js');
  });
});
