import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

/**
 * The memory a browser takes, as the system sees it: the resident set (VmRSS, from /proc) of
 * each of its processes as the DevTools protocol lists them (SystemInfo.getProcessInfo: the
 * browser, renderers, GPU, network and storage services). RSS counts a page shared by two
 * processes twice, so the sum is an upper bound; the proportional set (Pss, which shares each
 * page out) is given beside it.
 */
export interface ProcessMemory {
  processes: number;
  rssKib: number;
  /** The renderer processes alone (the app's page and its search worker live in one). */
  rendererRssKib: number;
  /** Null where smaps_rollup cannot be read (an older kernel). */
  pssKib: number | null;
}

/** A value in kB from /proc/<pid>/status or smaps_rollup ("VmRSS:   123456 kB"). */
export function kibField(text: string, field: string): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(text);
  return match ? Number(match[1]) : null;
}

export interface BrowserProcess {
  type: string;
  id: number;
}

/** Adds up what /proc says of each process; `read` is the file reader (a test gives its own). */
export function sumMemory(
  processes: readonly BrowserProcess[],
  read: (path: string) => string | null,
): ProcessMemory {
  let rssKib = 0;
  let rendererRssKib = 0;
  let pssKib: number | null = 0;
  for (const { type, id } of processes) {
    const status = read(`/proc/${id}/status`);
    if (status === null) continue; // Ended since it was listed.
    const rss = kibField(status, 'VmRSS') ?? 0;
    rssKib += rss;
    if (type === 'renderer') rendererRssKib += rss;
    const pss = kibField(read(`/proc/${id}/smaps_rollup`) ?? '', 'Pss');
    pssKib = pss === null || pssKib === null ? null : pssKib + pss;
  }
  return { processes: processes.length, rssKib, rendererRssKib, pssKib };
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // The process ended between listing and reading.
  }
}

export async function browserMemory(context: BrowserContext): Promise<ProcessMemory> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind this context to ask for its processes');
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    return sumMemory(processInfo, readProc);
  } finally {
    await session.detach();
  }
}
