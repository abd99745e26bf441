/**
 * Disclosure control for everything public: a cell that may be under 5 is not shown ("<5"), and
 * further cells are suppressed (secondary suppression) until no suppressed cell can be worked out
 * from the published cells and totals of its table. The audit asks, for each suppressed cell, the
 * smallest and largest value it can take given every published cell, every total, non-negativity
 * and what "<5" itself says (0 to 4); a cell is recoverable when the two coincide.
 */
import { optimise, variableRange, type LinearSystem } from './linear-bounds.ts';

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

export const add = (a: Interval, b: Interval): Interval => ({ lo: a.lo + b.lo, hi: a.hi + b.hi });
export const ZERO: Interval = { lo: 0, hi: 0 };

/** Protects a table of counts; its totals are the sums of its cells. */
export function protectTable(interior: Interval[][]): ProtectedTable {
  const rows = interior.length;
  const columns = interior[0]?.length ?? 0;
  const grid: Interval[][] = Array.from({ length: rows + 1 }, (_, i) => Array.from({ length: columns + 1 }, (_, j) => (i < rows && j < columns ? interior[i][j] : ZERO)));
  for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) {
    grid[i][columns] = add(grid[i][columns], interior[i][j]);
    grid[rows][j] = add(grid[rows][j], interior[i][j]);
    grid[rows][columns] = add(grid[rows][columns], interior[i][j]);
  }
  const status: CellStatus[][] = grid.map((line) => line.map((cell) => (cell.lo < THRESHOLD ? (cell.hi < THRESHOLD ? 'small' : 'suppressed') : 'published')));
  const table: ProtectedTable = { rows, columns, grid, status };
  secondarySuppression(table);
  return table;
}

/** The lines of the table: each a list of cells with +1 (a part) or -1 (the total). */
export function linesOf(rows: number, columns: number): { i: number; j: number; sign: number }[][] {
  const lines: { i: number; j: number; sign: number }[][] = [];
  for (let i = 0; i <= rows; i++) lines.push([...Array.from({ length: columns }, (_, j) => ({ i, j, sign: 1 })), { i, j: columns, sign: -1 }]);
  for (let j = 0; j <= columns; j++) lines.push([...Array.from({ length: rows }, (_, i) => ({ i, j, sign: 1 })), { i: rows, j, sign: -1 }]);
  return lines;
}

/** What someone reading the published table knows of a cell. */
function knownBounds(table: ProtectedTable, i: number, j: number): Interval {
  const cell = table.grid[i][j];
  switch (table.status[i][j]) {
    case 'published': return cell;
    case 'small': return { lo: 0, hi: THRESHOLD - 1 };
    // A suppressed cell that is not "<5" is at least 5 when exactly known: granting the reader that is the cautious side.
    case 'suppressed': return { lo: cell.lo >= THRESHOLD ? THRESHOLD : 0, hi: Infinity };
  }
}

/** The suppressed cells whose value the published table gives away (min = max), with their bounds. */
export function recoverableCells(table: ProtectedTable): { i: number; j: number; min: number; max: number }[] {
  // All "<5": the empty table and any one interior cell at 1 (with its totals) are both possible, so
  // every cell can move.
  if (table.rows && table.columns && table.status.every((line) => line.every((status) => status === 'small'))) return [];
  const variables = new Map<string, number>();
  const lower: number[] = [];
  const upper: number[] = [];
  const variableOf = (i: number, j: number) => {
    const key = `${i},${j}`;
    let index = variables.get(key);
    if (index === undefined) {
      const bounds = knownBounds(table, i, j);
      index = lower.length;
      variables.set(key, index);
      lower.push(bounds.lo);
      upper.push(bounds.hi);
    }
    return index;
  };
  const equations: LinearSystem['equations'] = [];
  for (const line of linesOf(table.rows, table.columns)) {
    const terms = new Map<number, number>();
    let rhs = 0;
    for (const { i, j, sign } of line) {
      const cell = table.grid[i][j];
      if (table.status[i][j] === 'published' && cell.lo === cell.hi) rhs -= sign * cell.lo;
      else terms.set(variableOf(i, j), (terms.get(variableOf(i, j)) ?? 0) + sign);
    }
    if (terms.size) equations.push({ terms, rhs });
  }
  const found: { i: number; j: number; min: number; max: number }[] = [];
  const system: LinearSystem = { equations, lower, upper };
  // A cell that takes two different values in two feasible tables is not recoverable. Tables found
  // on the way (least and most in total, then the extremes of each cell still in doubt, with unbounded
  // cells capped) settle most cells at once; the exact range is computed only for the rest.
  const cap = table.grid[table.rows][table.columns].hi * 2 + 100;
  const capped: LinearSystem = { equations, lower, upper: upper.map((bound) => Math.min(bound, cap)) };
  const points: number[][] = [];
  const addPoint = (objective: number[]) => {
    const result = optimise(capped, objective);
    if (result && result !== 'unbounded') points.push(result.x);
  };
  const moves = (index: number) => points.some((point) => Math.abs(point[index] - points[0][index]) > 0.5);
  addPoint(lower.map(() => 1));
  addPoint(lower.map(() => -1));
  for (const [key, index] of variables) {
    const [i, j] = key.split(',').map(Number);
    if (table.status[i][j] === 'published' || (points.length && moves(index))) continue;
    addPoint(lower.map((_, k) => (k === index ? -1 : 0)));
    if (points.length && moves(index)) continue;
    addPoint(lower.map((_, k) => (k === index ? 1 : 0)));
    if (points.length && moves(index)) continue;
    const range = variableRange(system, index);
    if (range && range.max - range.min < 0.5) found.push({ i, j, ...range });
  }
  return found;
}

function secondarySuppression(table: ProtectedTable) {
  const suppress = (i: number, j: number) => { table.status[i][j] = 'suppressed'; };
  const cheapest = (cells: { i: number; j: number }[]) => cells
    .filter(({ i, j }) => table.status[i][j] === 'published')
    .sort((a, b) => table.grid[a.i][a.j].lo - table.grid[b.i][b.j].lo || Number(a.i === table.rows || a.j === table.columns) - Number(b.i === table.rows || b.j === table.columns))[0];
  // First the obvious: a line with exactly one hidden cell gives it away by subtraction.
  for (let changed = true; changed;) {
    changed = false;
    for (const line of linesOf(table.rows, table.columns)) {
      const hidden = line.filter(({ i, j }) => table.status[i][j] !== 'published');
      if (hidden.length !== 1) continue;
      const pick = cheapest(line);
      if (pick) { suppress(pick.i, pick.j); changed = true; }
    }
  }
  // Then what the bounds reveal, until nothing is recoverable (at worst everything is hidden).
  for (let round = 0; round < (table.rows + 1) * (table.columns + 1); round++) {
    const recoverable = recoverableCells(table);
    if (!recoverable.length) return;
    const { i, j } = recoverable[0];
    const sameLines = linesOf(table.rows, table.columns).filter((line) => line.some((cell) => cell.i === i && cell.j === j)).flat();
    const pick = cheapest(sameLines) ?? cheapest(table.grid.flatMap((line, r) => line.map((_, c) => ({ i: r, j: c }))));
    if (!pick) return;
    suppress(pick.i, pick.j);
  }
}

/**
 * A protected list with its total (a one-column table), e.g. the countries of a map or the years
 * of a trend: the same rule as protectTable, with the one equation solved in closed form.
 */
export function protectList(values: Interval[]): { values: Interval[]; status: CellStatus[]; total: Interval; totalStatus: CellStatus } {
  const total = values.reduce(add, ZERO);
  const cells = [...values, total];
  const status: CellStatus[] = cells.map((cell) => (cell.lo < THRESHOLD ? (cell.hi < THRESHOLD ? 'small' : 'suppressed') : 'published'));
  const last = cells.length - 1;
  const sign = (k: number) => (k === last ? -1 : 1);
  const bounds = (k: number): Interval => {
    if (status[k] === 'published') return cells[k];
    if (status[k] === 'small') return { lo: 0, hi: THRESHOLD - 1 };
    return { lo: cells[k].lo >= THRESHOLD ? THRESHOLD : 0, hi: Infinity };
  };
  const recoverable = () => {
    // sum over k of sign(k) * x_k = 0
    let lo = 0;
    let hi = 0;
    const all = cells.map((_, k) => bounds(k));
    for (let k = 0; k < cells.length; k++) {
      const b = all[k];
      lo += sign(k) > 0 ? b.lo : -b.hi;
      hi += sign(k) > 0 ? b.hi : -b.lo;
    }
    for (let k = 0; k < cells.length; k++) {
      if (status[k] === 'published') continue;
      const b = all[k];
      const ownLo = sign(k) > 0 ? b.lo : -b.hi;
      const ownHi = sign(k) > 0 ? b.hi : -b.lo;
      // sign(k) * x_k = -(sum of the others), which lies in [-(hi - ownHi), -(lo - ownLo)]
      const othersLo = lo - ownLo;
      const othersHi = hi - ownHi;
      let min = sign(k) > 0 ? -othersHi : othersLo;
      let max = sign(k) > 0 ? -othersLo : othersHi;
      min = Math.max(min, b.lo);
      max = Math.min(max, b.hi);
      if (max - min < 0.5) return k;
    }
    return -1;
  };
  for (let guard = 0; guard <= cells.length; guard++) {
    if (recoverable() < 0) break;
    const candidates = cells.map((cell, k) => ({ cell, k })).filter(({ k }) => status[k] === 'published');
    const pick = candidates.filter(({ k }) => k !== last).sort((a, b) => a.cell.lo - b.cell.lo)[0] ?? candidates[0];
    if (!pick) break;
    status[pick.k] = 'suppressed';
  }
  return { values, status: status.slice(0, last), total, totalStatus: status[last] };
}

/** How a protected cell is shown: the count, its bounds when inputs were suppressed, "<5", or "x". */
export function displayCell(cell: Interval, status: CellStatus, format: (value: number) => string): string {
  if (status === 'small') return '<5';
  if (status === 'suppressed') return 'x';
  return cell.lo === cell.hi ? format(cell.lo) : `${format(cell.lo)}–${format(cell.hi)}`;
}
