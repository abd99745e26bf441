/**
 * The audit of secondary suppression: which hidden cells of a table the published cells and totals
 * give away. For each hidden cell it asks the smallest and largest value it can take given every
 * published cell, every total, non-negativity and what "<5" says (0 to 4); a cell is recoverable
 * when the two coincide.
 *
 * Most cells are settled without solving anything: a cell that takes two different values in two
 * tables consistent with what is published cannot be recoverable. The audit keeps such tables
 * (whole grids) for the life of one protection: hiding one more cell only relaxes the system, so
 * every table consistent before stays consistent after, and a cell once seen to move keeps moving.
 * Two are free (every cell at its lowest, every cell at its highest possible count); the others come
 * from linear programs (`linear-bounds.ts`), and the exact range is computed only for cells that no
 * known table moves.
 */
import { feasibleStart, optimiseFrom, variableRange, type FeasibleStart, type LinearSystem } from './linear-bounds.ts';
import { THRESHOLD, linesOf, type Interval, type ProtectedTable } from './disclosure-table.ts';

export interface RecoverableCell { i: number; j: number; min: number; max: number }

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

/** Consistent tables found so far for one table being protected, as grids of (rows+1)*(columns+1) values. */
export class AuditMemory {
  readonly points: Float64Array[] = [];
  constructor(readonly table: ProtectedTable) {
    // Every cell at its lowest count (totals are sums of the lowest) and every cell at its highest
    // both agree with everything published: published cells are ranges holding them, "<5" cells
    // are under 5 at their highest, suppressed cells are at least what the reader is granted.
    const width = table.columns + 1;
    for (const side of ['lo', 'hi'] as const) {
      const point = new Float64Array((table.rows + 1) * width);
      table.grid.forEach((line, i) => line.forEach((cell, j) => { point[i * width + j] = cell[side]; }));
      this.points.push(point);
    }
  }
  moves(cell: number): boolean {
    const first = this.points[0][cell];
    for (let k = 1; k < this.points.length; k++) if (Math.abs(this.points[k][cell] - first) > 0.5) return true;
    return false;
  }
}

/**
 * The suppressed cells whose value the published table gives away (min = max), in the order of
 * their first appearance in the table's lines; with `firstOnly`, stops at the first.
 */
export function auditTable(table: ProtectedTable, memory = new AuditMemory(table), firstOnly = false): RecoverableCell[] {
  // All "<5": the empty table and any one interior cell at 1 (with its totals) are both possible, so
  // every cell can move.
  if (table.rows && table.columns && table.status.every((line) => line.every((status) => status === 'small'))) return [];
  const width = table.columns + 1;
  const variableOfCell = new Map<number, number>();
  const cellOfVariable: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const variableOf = (i: number, j: number) => {
    const cell = i * width + j;
    let index = variableOfCell.get(cell);
    if (index === undefined) {
      const bounds = knownBounds(table, i, j);
      index = lower.length;
      variableOfCell.set(cell, index);
      cellOfVariable.push(cell);
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
      else { const index = variableOf(i, j); terms.set(index, (terms.get(index) ?? 0) + sign); }
    }
    if (terms.size) equations.push({ terms, rhs });
  }
  const system: LinearSystem = { equations, lower, upper };
  // Unbounded cells capped far above anything in the table, so that every program has an optimum;
  // the tables found are consistent with the uncapped system too.
  const cap = table.grid[table.rows][table.columns].hi * 2 + 100;
  const capped: LinearSystem = { equations, lower, upper: upper.map((bound) => Math.min(bound, cap)) };
  // Phase 1 is solved once per system; each objective starts from its feasible basis.
  let cappedStart: FeasibleStart | null | undefined;
  let exactStart: FeasibleStart | null | undefined;
  const remember = (objective: number[]) => {
    if (cappedStart === undefined) cappedStart = feasibleStart(capped);
    const result = cappedStart && optimiseFrom(cappedStart, objective);
    if (!result || result === 'unbounded') return;
    const point = memory.points[0].slice();
    result.x.forEach((value, index) => { point[cellOfVariable[index]] = value; });
    memory.points.push(point);
  };
  const unit = (target: number, sense: number) => lower.map((_, k) => (k === target ? sense : 0));
  const found: RecoverableCell[] = [];
  for (let index = 0; index < cellOfVariable.length; index++) {
    const cell = cellOfVariable[index];
    const i = Math.floor(cell / width);
    const j = cell % width;
    if (table.status[i][j] === 'published' || memory.moves(cell)) continue;
    remember(unit(index, -1));
    if (memory.moves(cell)) continue;
    remember(unit(index, 1));
    if (memory.moves(cell)) continue;
    if (exactStart === undefined) exactStart = feasibleStart(system);
    const range = variableRange(exactStart, index);
    if (range && range.max - range.min < 0.5) {
      found.push({ i, j, ...range });
      if (firstOnly) break;
    }
  }
  return found;
}
