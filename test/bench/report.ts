/** One printed line of `npm run bench`: a figure, its floor from the same run, and the target. */
export interface BenchRow {
  name: string;
  value: string;
  floor: string;
  ratio: string;
  target: string;
  met: boolean | null;
}

export function ms(value: number | null, threshold = 16): string {
  return value === null ? `< ${threshold} ms` : `${value.toFixed(1)} ms`;
}

export function ratio(value: number | null, floor: number | null): string {
  if (value === null || floor === null || floor === 0) return '–';
  return `${(value / floor).toFixed(2)}x`;
}

export function printRows(title: string, rows: readonly BenchRow[]): void {
  const header: BenchRow = {
    name: 'measure',
    value: 'Quorum',
    floor: 'floor (same run)',
    ratio: 'ratio',
    target: 'target',
    met: null,
  };
  const cells = (row: BenchRow) => [
    row.name,
    row.value,
    row.floor,
    row.ratio,
    row.target,
    row === header ? 'result' : row.met === null ? '–' : row.met ? 'met' : 'NOT MET',
  ];
  const all = [header, ...rows].map(cells);
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  console.log(`\n${title}`);
  for (const row of all) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}

/** Milliseconds with enough digits for sub-millisecond floors (0.021 ms, 4.3 ms, 812 ms). */
export function fineMs(value: number): string {
  const digits = value >= 100 ? 0 : value >= 1 ? 1 : 3;
  return `${value.toFixed(digits)} ms`;
}

export function mebibytes(kib: number): string {
  return `${(kib / 1024).toFixed(0)} MiB`;
}
