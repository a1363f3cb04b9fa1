import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The programs the tests drive besides Node, and a check that they are installed. Without
 * one, a run used to fail minutes in, deep inside a test; now it stops before it starts, with
 * one line naming what is missing and how to install it. Nothing is skipped instead.
 *
 * - chromium, with chromium-l10n's en-GB data: the e2e project (test/e2e/), whose date
 *   fields read the American way without it;
 * - redis-server: the sync server's scale-out test (test/server/redis-scale-out.test.ts);
 * - soffice and pdftotext / pdftoppm: Word exports read back and the PDF export
 *   (test/shared/export/, test/electron/ipc-pdf.test.ts).
 */

export type TestTool = 'chromium' | 'redis-server' | 'soffice' | 'pdftotext' | 'pdftoppm';

/** Everything `npm test` needs, in the order the install command names their packages. */
export const ALL_TEST_TOOLS: readonly TestTool[] = [
  'chromium',
  'redis-server',
  'soffice',
  'pdftotext',
  'pdftoppm',
];

/** What the check reads from the machine; a test passes a fake one. */
export interface Machine {
  env: Readonly<Record<string, string | undefined>>;
  /** Whether `file` is a file that may be run. */
  isExecutable(file: string): boolean;
  exists(file: string): boolean;
  /** `file` with its symbolic links resolved. */
  realpath(file: string): string;
}

const PACKAGES: Record<TestTool, string[]> = {
  chromium: ['chromium', 'chromium-l10n'],
  'redis-server': ['redis-server'],
  soffice: ['libreoffice-writer-nogui'],
  pdftotext: ['poppler-utils'],
  pdftoppm: ['poppler-utils'],
};

/** How a missing program on PATH is named: by its package where that differs. */
const LABELS: Record<Exclude<TestTool, 'chromium'>, string> = {
  'redis-server': 'redis-server',
  soffice: 'soffice (libreoffice-writer-nogui)',
  pdftotext: 'pdftotext (poppler-utils)',
  pdftoppm: 'pdftoppm (poppler-utils)',
};

/** Debian's Chromium, as test/e2e/harness/config.ts launches it unless QUORUM_CHROMIUM says. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Installed by chromium-l10n; not beside /usr/bin/chromium, which is a shell script. */
const DEBIAN_EN_GB = '/usr/lib/chromium/locales/en-GB.pak';

export const thisMachine: Machine = {
  env: process.env,
  isExecutable(file) {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  },
  exists: existsSync,
  realpath: realpathSync,
};

/** The missing tools, as a person would install them, e.g. "chromium-l10n (en-GB)". */
export function missingTestTools(tools: readonly TestTool[], machine: Machine): string[] {
  return tools.flatMap((tool) => {
    if (tool === 'chromium') return missingChromium(machine);
    return onPath(tool, machine) ? [] : [LABELS[tool]];
  });
}

/** The one line to print when something is missing, or null when all is there. */
export function checkTestTools(
  tools: readonly TestTool[],
  machine: Machine = thisMachine,
): string | null {
  const missing = missingTestTools(tools, machine);
  if (missing.length === 0) return null;
  const packages = [...new Set(tools.flatMap((tool) => PACKAGES[tool]))];
  const [noun, pronoun] = missing.length === 1 ? ['tool', 'it'] : ['tools', 'them'];
  return (
    `Missing test ${noun}: ${missing.join(', ')}. ` +
    `Install ${pronoun} with: sudo apt-get install -y ${packages.join(' ')}`
  );
}

/**
 * Before a run that needs `tools`: prints the one line and ends the process if any is
 * missing. WARNING: exits, so call it before anything that needs cleaning up has started.
 */
export function stopUnlessInstalled(tools: readonly TestTool[]): void {
  const problem = checkTestTools(tools);
  if (problem === null) return;
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

function onPath(command: string, machine: Machine): boolean {
  const folders = (machine.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return folders.some((folder) => machine.isExecutable(path.join(folder, command)));
}

function missingChromium(machine: Machine): string[] {
  const override = machine.env.QUORUM_CHROMIUM;
  if (override === undefined) {
    return [
      ...(machine.isExecutable(DEBIAN_CHROMIUM) ? [] : ['chromium']),
      ...(machine.exists(DEBIAN_EN_GB) ? [] : ['chromium-l10n (en-GB)']),
    ];
  }
  if (!machine.isExecutable(override)) return [`chromium (QUORUM_CHROMIUM=${override})`];
  // Other builds (Chrome, Playwright's) keep their locales beside the real binary.
  const real = machine.realpath(override);
  const enGb =
    real === DEBIAN_CHROMIUM ? DEBIAN_EN_GB : path.join(path.dirname(real), 'locales', 'en-GB.pak');
  if (machine.exists(enGb)) return [];
  return [enGb === DEBIAN_EN_GB ? 'chromium-l10n (en-GB)' : `en-GB locale data (${enGb})`];
}
