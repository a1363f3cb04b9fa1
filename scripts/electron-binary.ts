import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * `electron .` needs Electron's own binary, which npm leaves out when installed with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1 (as .ci/run does: its network cannot reach the download).
 * Without it `npm start` used to build everything and then fail in electron's own CLI.
 */

export const ELECTRON_MISSING =
  'The Electron binary is not installed (npm ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1?). ' +
  'Get it with: node node_modules/electron/install.js (needs network access), ' +
  'or reinstall without ELECTRON_SKIP_BINARY_DOWNLOAD.';

/**
 * The one line to print when the binary is missing, or null. In Node, the electron package
 * exports the binary's path, read from its path.txt, and throws when that file is missing.
 */
export function checkElectronBinary(
  binaryPath: () => string = () => createRequire(import.meta.url)('electron') as string,
  exists: (file: string) => boolean = existsSync,
): string | null {
  try {
    return exists(binaryPath()) ? null : ELECTRON_MISSING;
  } catch {
    return ELECTRON_MISSING;
  }
}
