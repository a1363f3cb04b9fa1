/**
 * Column widths for a generated table, from what the columns hold: each column first gets
 * room for its longest word (for a date, the whole date) so nothing breaks mid-word ("Septembe
 * r", "Councill or"), then the room left goes to the columns with longer text. Widths are in
 * shares of the table, so a table nested in a narrow cell keeps the same proportions.
 */
export interface ColumnText {
  header: string;
  cells: readonly string[];
  /** Keep each cell on one line where it can: dates, references. */
  whole?: boolean;
}

// About how many average Arial characters fit across an A4 page's text width at 11 pt.
const LINE_CHARS = 85;
// A cell's left and right margins, in characters.
const PADDING = 3;
const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => word.length));

export function columnShares(columns: readonly ColumnText[]): number[] {
  const least = columns.map((column) => {
    const measure = column.whole ? (t: string) => t.length : longestWord;
    // Header cells are bold, and capitals are wide: a third more.
    return (
      Math.max(Math.ceil(longestWord(column.header) * 1.3), ...column.cells.map(measure)) + PADDING
    );
  });
  const wanted = columns.map((column, index) =>
    Math.max(
      least[index] ?? 0,
      Math.min(60, Math.max(0, ...column.cells.map((t) => t.length)) + PADDING),
    ),
  );
  const spare = Math.max(0, LINE_CHARS - least.reduce((a, b) => a + b, 0));
  const growth = wanted.reduce((sum, want, index) => sum + want - (least[index] ?? 0), 0);
  const chars = least.map((min, index) =>
    growth > 0 ? min + (spare * ((wanted[index] ?? min) - min)) / growth : min,
  );
  const total = chars.reduce((a, b) => a + b, 0);
  return chars.map((value) => value / total);
}
