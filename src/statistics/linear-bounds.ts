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

/** A system brought to a feasible basis once (phase 1), from which each objective starts. */
export interface FeasibleStart { n: number; width: number; total: number; lower: number[]; tableau: Float64Array[]; basis: number[] }

/** min and max of variable `target`; null when the system has no solution. */
export function variableRange(system: LinearSystem | FeasibleStart | null, target: number): { min: number; max: number } | null {
  const start = system && 'equations' in system ? feasibleStart(system) : system;
  if (!start) return null;
  const unit = (sense: number) => start.lower.map((_, index) => (index === target ? sense : 0));
  const min = optimiseFrom(start, unit(1));
  if (min === null || min === 'unbounded') return null;
  const max = optimiseFrom(start, unit(-1));
  if (max === null) return null;
  return { min: min.x[target], max: max === 'unbounded' ? Infinity : max.x[target] };
}

/**
 * A solution minimising objective . x: the point (values of the variables) and the objective;
 * null when there is none, 'unbounded' when the objective has no minimum.
 */
export function optimise(system: LinearSystem, objectiveOfVariables: number[]): { x: number[] } | null | 'unbounded' {
  const start = feasibleStart(system);
  return start ? optimiseFrom(start, objectiveOfVariables) : null;
}

/** Phase 1: a feasible basis of the system (null when it has no solution), reusable for any objective. */
export function feasibleStart(system: LinearSystem): FeasibleStart | null {
  const n = system.lower.length;
  // y = x - lower >= 0; finite upper bounds become y + slack = upper - lower.
  const bounded = system.upper.map((upper, index) => (Number.isFinite(upper) ? index : -1)).filter((index) => index >= 0);
  const width = n + bounded.length;
  const m = system.equations.length + bounded.length;
  // Tableau with one artificial per row.
  const total = width + m;
  const tableau: Float64Array[] = [];
  for (const equation of system.equations) {
    const row = new Float64Array(total + 1);
    let b = equation.rhs;
    for (const [index, coefficient] of equation.terms) {
      row[index] += coefficient;
      b -= coefficient * system.lower[index];
    }
    row[total] = b;
    tableau.push(row);
  }
  bounded.forEach((index, slack) => {
    const row = new Float64Array(total + 1);
    row[index] = 1;
    row[n + slack] = 1;
    row[total] = system.upper[index] - system.lower[index];
    tableau.push(row);
  });
  tableau.forEach((row, r) => {
    if (row[total] < 0) for (let c = 0; c <= total; c++) row[c] = -row[c];
    row[width + r] = 1;
  });
  const basis = Array.from({ length: m }, (_, r) => width + r);
  const phase1 = new Array(total + 1).fill(0);
  for (let c = width; c < total; c++) phase1[c] = 1;
  if (!simplex(tableau, basis, phase1, total)) return null;
  const infeasibility = basis.reduce((sum, column, r) => sum + (column >= width ? tableau[r][total] : 0), 0);
  if (infeasibility > 1e-7) return null;
  // Drive artificial variables out of the basis where possible; phase 2 forbids them.
  for (let r = 0; r < m; r++) {
    if (basis[r] < width) continue;
    const row = tableau[r];
    let column = -1;
    for (let c = 0; c < width; c++) if (Math.abs(row[c]) > EPS) { column = c; break; }
    if (column >= 0) pivot(tableau, basis, r, column);
  }
  return { n, width, total, lower: system.lower, tableau, basis };
}

/** Phase 2 from a feasible start, on a copy of its tableau (the start stays reusable). */
export function optimiseFrom(start: FeasibleStart, objectiveOfVariables: number[]): { x: number[] } | 'unbounded' {
  const { n, width, total } = start;
  const tableau = start.tableau.map((row) => row.slice());
  const basis = start.basis.slice();
  const objective = new Array(total + 1).fill(0);
  objectiveOfVariables.forEach((coefficient, index) => { objective[index] = coefficient; });
  const allowed = (column: number) => column < width;
  if (!simplex(tableau, basis, objective, total, allowed)) return 'unbounded';
  const x = start.lower.slice();
  basis.forEach((column, r) => { if (column < n) x[column] += tableau[r][total]; });
  return { x };
}

/**
 * Minimises the objective over the tableau; false when unbounded. The reduced costs are kept as an
 * extra row updated by each pivot; the most negative enters (Dantzig), switching to Bland's rule
 * (the first negative) after many pivots so that degenerate tables cannot cycle.
 */
function simplex(tableau: Float64Array[], basis: number[], objective: number[], total: number, allowed: (column: number) => boolean = () => true): boolean {
  const reduced = objective.slice(0, total + 1);
  reduced[total] = 0;
  for (let r = 0; r < basis.length; r++) {
    const cost = objective[basis[r]];
    if (cost === 0) continue;
    const row = tableau[r];
    for (let c = 0; c <= total; c++) reduced[c] -= cost * row[c];
  }
  const inBasis = new Array(total).fill(false);
  for (const column of basis) inBasis[column] = true;
  const permitted = Array.from({ length: total }, (_, c) => allowed(c));
  for (let iteration = 0; iteration < 20000; iteration++) {
    const bland = iteration > 300;
    let entering = -1;
    let most = -EPS;
    for (let c = 0; c < total; c++) {
      if (!permitted[c] || inBasis[c] || reduced[c] >= -EPS) continue;
      if (bland) { entering = c; break; }
      if (reduced[c] < most) { most = reduced[c]; entering = c; }
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
    inBasis[basis[leaving]] = false;
    pivot(tableau, basis, leaving, entering);
    inBasis[entering] = true;
    const factor = reduced[entering];
    const row = tableau[leaving];
    for (let c = 0; c <= total; c++) reduced[c] -= factor * row[c];
  }
  throw new Error('simplex did not converge');
}

function pivot(tableau: Float64Array[], basis: number[], row: number, column: number) {
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
