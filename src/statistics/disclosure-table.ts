/** The shapes shared by disclosure control and its audit: a table of counts with its totals, and its lines. */

/** What is known of a count: exact when lo = hi; wider when it adds up suppressed inputs. */
export interface Interval { lo: number; hi: number }
export type CellStatus = 'published' | 'small' | 'suppressed';

export const THRESHOLD = 5;

/** A table with its row, column and grand totals; grid[R][*] are the column totals, grid[*][C] the row totals. */
export interface ProtectedTable {
  rows: number;
  columns: number;
  grid: Interval[][];
  status: CellStatus[][];
}

/** The lines of the table: each a list of cells with +1 (a part) or -1 (the total). */
export function linesOf(rows: number, columns: number): { i: number; j: number; sign: number }[][] {
  const lines: { i: number; j: number; sign: number }[][] = [];
  for (let i = 0; i <= rows; i++) lines.push([...Array.from({ length: columns }, (_, j) => ({ i, j, sign: 1 })), { i, j: columns, sign: -1 }]);
  for (let j = 0; j <= columns; j++) lines.push([...Array.from({ length: rows }, (_, i) => ({ i, j, sign: 1 })), { i: rows, j, sign: -1 }]);
  return lines;
}
