import { readdirSync, readFileSync } from 'node:fs';

/**
 * The memory a browser takes, as the system sees it: the resident set (VmRSS) of its main
 * process and every process under it (zygotes, renderers with their workers, GPU, network),
 * read from /proc. RSS counts a page shared by two processes twice, so the sum is an upper
 * bound; the proportional set (Pss, which shares each page out) is given beside it.
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

/** The parent pid from /proc/<pid>/stat, whose second field (the name) may hold spaces. */
export function parentPid(stat: string): number {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const parent = Number(afterName[1]);
  if (!Number.isInteger(parent))
    throw new Error(`Unreadable /proc stat line: ${stat.slice(0, 80)}`);
  return parent;
}

/** `root` and every process descended from it, given each process's parent. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // The process ended between listing and reading.
  }
}

/** The browser whose command line names `profile` (--user-data-dir), with all under it. */
export function browserMemory(profile: string): ProcessMemory {
  const parents = new Map<number, number>();
  const renderers = new Set<number>();
  let root: number | null = null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const stat = read(`/proc/${pid}/stat`);
    if (stat) parents.set(pid, parentPid(stat));
    const command = read(`/proc/${pid}/cmdline`)?.split('\0') ?? [];
    const named = command.some((arg) => arg === `--user-data-dir=${profile}`);
    if (named && !command.some((arg) => arg.startsWith('--type='))) root = pid;
    if (command.includes('--type=renderer')) renderers.add(pid);
  }
  if (root === null) throw new Error(`No browser process found for profile ${profile}`);
  let rssKib = 0;
  let rendererRssKib = 0;
  let pssKib: number | null = 0;
  const tree = processTree(root, parents);
  for (const pid of tree) {
    const rss = kibField(read(`/proc/${pid}/status`) ?? '', 'VmRSS') ?? 0;
    rssKib += rss;
    if (renderers.has(pid)) rendererRssKib += rss;
    const pss = kibField(read(`/proc/${pid}/smaps_rollup`) ?? '', 'Pss');
    pssKib = pss === null || pssKib === null ? null : pssKib + pss;
  }
  return { processes: tree.length, rssKib, rendererRssKib, pssKib };
}
