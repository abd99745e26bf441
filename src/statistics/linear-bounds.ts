/**
 * The smallest and largest value a variable can take under linear equalities and bounds: a small
 * dense two-phase simplex (Bland's rule), enough for the tables of a statistics page. Used by the
 * disclosure audit to find what an attacker could work out from the published cells of a table.
 */

export interface LinearSystem {
  /** Each equation: coefficients by variable index, and the right-hand side. */
  equations: { terms: Map<number, number>; rhs: number }[];
  lower: number[];
  /** Infinity for no upper bound. */
  upper: number[];
}

const EPS = 1e-9;

/** min and max of variable `target`; null when the system has no solution. */
export function variableRange(system: LinearSystem, target: number): { min: number; max: number } | null {
  const min = optimise(system, target, 1);
  if (min === null) return null;
  const max = optimise(system, target, -1);
  return { min: min, max: max === null ? Infinity : -max };
}

/** Minimises sense * x[target]; null when infeasible; -Infinity*sense when unbounded. */
function optimise(system: LinearSystem, target: number, sense: 1 | -1): number | null {
  const n = system.lower.length;
  // y = x - lower >= 0; finite upper bounds become y + slack = upper - lower.
  const rows: number[][] = [];
  const rhs: number[] = [];
  const bounded = system.upper.map((upper, index) => (Number.isFinite(upper) ? index : -1)).filter((index) => index >= 0);
  const width = n + bounded.length;
  for (const equation of system.equations) {
    const row = new Array(width).fill(0);
    let b = equation.rhs;
    for (const [index, coefficient] of equation.terms) {
      row[index] += coefficient;
      b -= coefficient * system.lower[index];
    }
    rows.push(row);
    rhs.push(b);
  }
  bounded.forEach((index, slack) => {
    const row = new Array(width).fill(0);
    row[index] = 1;
    row[n + slack] = 1;
    rows.push(row);
    rhs.push(system.upper[index] - system.lower[index]);
  });
  for (let r = 0; r < rows.length; r++) if (rhs[r] < 0) { rows[r] = rows[r].map((value) => -value); rhs[r] = -rhs[r]; }
  const m = rows.length;
  // Tableau with one artificial per row.
  const total = width + m;
  const tableau = rows.map((row, r) => [...row, ...Array.from({ length: m }, (_, a) => (a === r ? 1 : 0)), rhs[r]]);
  const basis = Array.from({ length: m }, (_, r) => width + r);
  const phase1 = new Array(total + 1).fill(0);
  for (let c = width; c < total; c++) phase1[c] = 1;
  if (!simplex(tableau, basis, phase1, total)) return null;
  const infeasibility = basis.reduce((sum, column, r) => sum + (column >= width ? tableau[r][total] : 0), 0);
  if (infeasibility > 1e-7) return null;
  // Drive artificial variables out of the basis where possible, then forbid them.
  for (let r = 0; r < m; r++) {
    if (basis[r] < width) continue;
    const column = tableau[r].findIndex((value, c) => c < width && Math.abs(value) > EPS);
    if (column >= 0) pivot(tableau, basis, r, column);
  }
  const objective = new Array(total + 1).fill(0);
  objective[target] = sense;
  for (let c = width; c < total; c++) objective[c] = 0;
  const allowed = (column: number) => column < width;
  if (!simplex(tableau, basis, objective, total, allowed)) return -Infinity;
  let value = 0;
  basis.forEach((column, r) => { if (column === target) value = tableau[r][total]; });
  return sense * (value + system.lower[target]);
}

/** Minimises the objective over the tableau; false when unbounded. */
function simplex(tableau: number[][], basis: number[], objective: number[], total: number, allowed: (column: number) => boolean = () => true): boolean {
  for (let iteration = 0; iteration < 5000; iteration++) {
    // Reduced costs: c_j - c_B B^-1 A_j.
    let entering = -1;
    for (let c = 0; c < total && entering < 0; c++) {
      if (!allowed(c) || basis.includes(c)) continue;
      let reduced = objective[c];
      for (let r = 0; r < basis.length; r++) reduced -= objective[basis[r]] * tableau[r][c];
      if (reduced < -EPS) entering = c;
    }
    if (entering < 0) return true;
    let leaving = -1;
    let best = Infinity;
    for (let r = 0; r < tableau.length; r++) {
      const coefficient = tableau[r][entering];
      if (coefficient > EPS) {
        const ratio = tableau[r][total] / coefficient;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[r] < basis[leaving])) { best = ratio; leaving = r; }
      }
    }
    if (leaving < 0) return false;
    pivot(tableau, basis, leaving, entering);
  }
  throw new Error('simplex did not converge');
}

function pivot(tableau: number[][], basis: number[], row: number, column: number) {
  const pivotRow = tableau[row];
  const factor = pivotRow[column];
  for (let c = 0; c < pivotRow.length; c++) pivotRow[c] /= factor;
  for (let r = 0; r < tableau.length; r++) {
    if (r === row) continue;
    const multiple = tableau[r][column];
    if (Math.abs(multiple) <= EPS) continue;
    const target = tableau[r];
    for (let c = 0; c < target.length; c++) target[c] -= multiple * pivotRow[c];
  }
  basis[row] = column;
}
