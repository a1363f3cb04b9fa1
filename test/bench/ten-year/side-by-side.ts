import type { BenchRow } from '../report';

/**
 * Start-up with issue 4's workspace (2,000 meetings, 50,000 actions, one big meeting) beside
 * the ten-year workspace's, from the rows each section printed, so they read side by side.
 */
const PAIRS: { label: string; issue4: string; tenYear: string }[] = [
  {
    label: 'meetings list shown',
    issue4: 'App ready (meetings list shown)',
    tenYear: 'Start-up: meetings list shown',
  },
  {
    label: 'workspace document loaded',
    issue4: 'Workspace document loaded',
    tenYear: 'Start-up: workspace document loaded',
  },
];

export function startUpSideBySide(issue4: readonly BenchRow[], tenYear: readonly BenchRow[]) {
  const find = (rows: readonly BenchRow[], name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`No row named "${name}" to set side by side`);
    return row;
  };
  const rows: BenchRow[] = [];
  for (const pair of PAIRS) {
    rows.push({ ...find(issue4, pair.issue4), name: `${pair.label}: issue 4 workspace` });
    rows.push({ ...find(tenYear, pair.tenYear), name: `${pair.label}: ten-year workspace` });
  }
  const open = find(issue4, 'Open a meeting (100 items)');
  rows.push({ ...open, name: 'a meeting opened (issue 4: once loaded, 100 items)' });
  const type = find(tenYear, 'Start-up: a meeting open, ready to type');
  rows.push({ ...type, name: 'a meeting open, ready to type (ten-year: from launch)' });
  return rows;
}
