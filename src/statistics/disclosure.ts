/**
 * Disclosure control for everything public: a cell that may be under 5 is not shown ("<5"), and
 * further cells are suppressed (secondary suppression) until no suppressed cell can be worked out
 * from the published cells and totals of its table. The audit asks, for each suppressed cell, the
 * smallest and largest value it can take given every published cell, every total, non-negativity
 * and what "<5" itself says (0 to 4); a cell is recoverable when the two coincide.
 */
import { auditTable, AuditMemory, type RecoverableCell } from './disclosure-audit.ts';
import { THRESHOLD, linesOf, type CellStatus, type Interval, type ProtectedTable } from './disclosure-table.ts';

export { THRESHOLD, linesOf, type CellStatus, type Interval, type ProtectedTable };

export const add = (a: Interval, b: Interval): Interval => ({ lo: a.lo + b.lo, hi: a.hi + b.hi });
export const ZERO: Interval = { lo: 0, hi: 0 };

/**
 * Protected tables by content (the cells of the interior): the protection of a table depends on its
 * cells only, so a table seen again (the same page asked again, the same figures in another area)
 * is protected the same way without a new audit. Bounded; the oldest entry goes first.
 */
const protectedByContent = new Map<string, ProtectedTable>();
const CACHE_SIZE = 2000;

/** Protects a table of counts; its totals are the sums of its cells. */
export function protectTable(interior: Interval[][]): ProtectedTable {
  const key = `${interior.length}x${interior[0]?.length ?? 0}|` + interior.map((line) => line.map((cell) => `${cell.lo}:${cell.hi}`).join(',')).join(';');
  let table = protectedByContent.get(key);
  if (!table) {
    table = protectUncached(interior.map((line) => line.map((cell) => ({ ...cell }))));
    if (protectedByContent.size >= CACHE_SIZE) protectedByContent.delete(protectedByContent.keys().next().value!);
    protectedByContent.set(key, table);
  }
  return { rows: table.rows, columns: table.columns, grid: table.grid.map((line) => line.map((cell) => ({ ...cell }))), status: table.status.map((line) => line.slice()) };
}

function protectUncached(interior: Interval[][]): ProtectedTable {
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

/** The suppressed cells whose value the published table gives away (min = max), with their bounds. */
export function recoverableCells(table: ProtectedTable): RecoverableCell[] {
  return auditTable(table);
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
  const memory = new AuditMemory(table);
  for (let round = 0; round < (table.rows + 1) * (table.columns + 1); round++) {
    const recoverable = auditTable(table, memory, true);
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
