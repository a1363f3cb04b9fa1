import type { Page } from 'playwright-core';
import type { RegisterRow } from '../../../shared/model';

/**
 * The action register narrowed to "overdue, by owner", timed in the page from ticking
 * "Overdue" (with Group by: Owner chosen) to the frame that shows the rows; and its floor,
 * the same rows read with a raw Dexie index query in the same page.
 */
export const OVERDUE_STATUSES = ['open', 'in progress'] as const;

/** What the floor's table holds of a register row: the columns the register shows. */
export interface FloorRow {
  id: string;
  reference: string;
  description: string;
  owner: string;
  due: string | null;
  status: string;
  meetingTitle: string;
  meetingDate: string;
}

export function floorRows(rows: readonly RegisterRow[]): FloorRow[] {
  return rows.map(
    ({ id, reference, description, owner, due, status, meetingTitle, meetingDate }) => ({
      id,
      reference,
      description,
      owner,
      due,
      status,
      meetingTitle,
      meetingDate,
    }),
  );
}

/** The rows the filter must show: open or in progress, due before `today`. */
export function overdueCount(rows: readonly RegisterRow[]): number {
  return rows.filter((row) => row.rag === 'overdue').length;
}

/**
 * Times ticking "Overdue" with Group by: Owner chosen, `runs` times, in the page: to the
 * frame that shows the first rows, and to the frame that shows all `expected` of them (the
 * register draws a long list in two frames). Throws if the rows shown never reach `expected`.
 */
export async function timeOverdueByOwner(
  page: Page,
  runs: number,
  expected: number,
): Promise<{ firstMs: number[]; allMs: number[]; rows: number; groups: number }> {
  await page.evaluate(() => (location.hash = '#/actions'));
  await page.locator('.register-table').waitFor({ timeout: 60_000 });
  const filters = page.getByRole('group', { name: 'Filter the register' });
  await filters.getByLabel('Group by').selectOption('owner');
  await page.locator('.register-group').first().waitFor();
  const overdue = filters.getByLabel('Overdue', { exact: true });
  // tsx compiles this file keeping function names, through a helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  const firstMs: number[] = [];
  const allMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const handle = await overdue.elementHandle();
    const timed = await page.evaluate(
      ({ box, expected }) =>
        new Promise<{ first: number; all: number }>((resolve, reject) => {
          const root = document.querySelector('main') ?? document.body;
          const rows = () =>
            document.querySelectorAll('.register-table tbody tr:not(.register-group)').length;
          // The rows are in the DOM; they are on screen once the next frame has been drawn.
          const painted = () =>
            new Promise<number>((done) =>
              requestAnimationFrame(() => setTimeout(() => done(performance.now()))),
            );
          const started = performance.now();
          let first: Promise<number> | null = null;
          let finished = false;
          const watcher = new MutationObserver(() => {
            first ??= painted();
            if (finished || rows() !== expected) return;
            finished = true;
            watcher.disconnect();
            void Promise.all([first, painted()]).then(([a, b]) =>
              resolve({ first: a - started, all: b - started }),
            );
          });
          watcher.observe(root, { subtree: true, childList: true, characterData: true });
          setTimeout(() => {
            if (!finished) reject(new Error(`${rows()} rows shown, not ${expected}`));
          }, 30_000);
          (box as HTMLInputElement).click();
        }),
      { box: handle, expected },
    );
    firstMs.push(timed.first);
    allMs.push(timed.all);
    if (run === runs - 1) {
      const shown = await page.evaluate(() => ({
        rows: document.querySelectorAll('.register-table tbody tr:not(.register-group)').length,
        groups: document.querySelectorAll('.register-table tbody tr.register-group').length,
      }));
      return { firstMs, allMs, ...shown };
    }
    await overdue.uncheck();
    await page.waitForTimeout(500);
  }
  throw new Error('No runs asked for');
}

/**
 * The floor: the register's rows in a Dexie table of their own in the same page (indexed on
 * status and due date), then, timed, the overdue ones read by that index and put in owner
 * order. Dexie is the app's own copy from node_modules, served beside the app.
 */
export async function timeDexieFloor(
  page: Page,
  dexieUrl: string,
  rowsUrl: string,
  today: string,
  runs: number,
): Promise<{ ms: number[]; rows: number }> {
  return page.evaluate(
    async ({ dexieUrl, rowsUrl, today, runs, statuses }) => {
      type Row = { owner: string };
      const { default: Dexie } = (await import(dexieUrl)) as {
        default: new (name: string) => {
          version(n: number): { stores(s: Record<string, string>): void };
          table(name: string): {
            bulkPut(rows: unknown[]): Promise<unknown>;
            where(index: string): {
              between(
                a: unknown,
                b: unknown,
                lower: boolean,
                upper: boolean,
              ): {
                toArray(): Promise<Row[]>;
              };
            };
          };
          delete(): Promise<void>;
        };
      };
      const db = new Dexie('quorum-bench-register-floor');
      db.version(1).stores({ actions: '&id, [status+due]' });
      const actions = db.table('actions');
      await actions.bulkPut((await (await fetch(rowsUrl)).json()) as unknown[]);
      const ms: number[] = [];
      let count = 0;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const found = (
          await Promise.all(
            statuses.map((status) =>
              actions
                .where('[status+due]')
                .between([status, ''], [status, today], true, false)
                .toArray(),
            ),
          )
        ).flat();
        found.sort((a, b) => a.owner.localeCompare(b.owner));
        ms.push(performance.now() - started);
        count = found.length;
      }
      await db.delete();
      return { ms, rows: count };
    },
    { dexieUrl, rowsUrl, today, runs, statuses: [...OVERDUE_STATUSES] },
  );
}
