import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linesOf, protectList, protectTable, recoverableCells, THRESHOLD, type Interval, type ProtectedTable } from '../../src/statistics/disclosure.ts';
import { seededRandom } from '../../bench/random.ts';

const exact = (value: number): Interval => ({ lo: value, hi: value });

function randomTable(random: () => number, rows: number, columns: number, max: number): Interval[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => exact(random() < 0.4 ? Math.floor(random() * 5) : Math.floor(random() * max))));
}

/** What a reader knows of each hidden cell: "<5" is 0 to 4; "x" is at least 5 when the true count is (cautious). */
function readerBounds(table: ProtectedTable, i: number, j: number, cap: number): [number, number] {
  const status = table.status[i][j];
  if (status === 'small') return [0, THRESHOLD - 1];
  return [table.grid[i][j].lo >= THRESHOLD ? THRESHOLD : 0, cap];
}

/**
 * An attacker independent of the code under test: enumerates every filling of the hidden interior
 * cells (totals follow) consistent with every published cell and total, and collects the values each
 * hidden cell (interior or total) takes. Tiny tables only.
 */
function bruteForceValues(table: ProtectedTable): Map<string, Set<number>> {
  const { rows, columns, grid, status } = table;
  const cap = grid[rows][columns].hi + 5;
  const hidden: [number, number][] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) if (status[i][j] !== 'published') hidden.push([i, j]);
  const values = new Map<string, Set<number>>();
  const current = grid.map((line) => line.map((cell) => cell.lo));
  const consistent = () => {
    for (let i = 0; i <= rows; i++) for (let j = 0; j <= columns; j++) {
      if (i < rows && j < columns) continue;
      const sum = i === rows && j === columns ? current.slice(0, rows).flat().filter((_, k) => k % (columns + 1) < columns).reduce((a, b) => a + b, 0)
        : i === rows ? current.slice(0, rows).reduce((a, line) => a + line[j], 0) : current[i].slice(0, columns).reduce((a, b) => a + b, 0);
      const [lo, hi] = status[i][j] === 'published' ? [grid[i][j].lo, grid[i][j].hi] : readerBounds(table, i, j, Infinity);
      if (sum < lo || sum > hi) return false;
      current[i][j] = sum;
    }
    return true;
  };
  const visit = (index: number) => {
    if (index === hidden.length) {
      if (!consistent()) return;
      for (let i = 0; i <= rows; i++) for (let j = 0; j <= columns; j++) {
        if (status[i][j] === 'published') continue;
        const key = `${i},${j}`;
        if (!values.has(key)) values.set(key, new Set());
        values.get(key)!.add(current[i][j]);
      }
      return;
    }
    const [i, j] = hidden[index];
    const [lo, hi] = readerBounds(table, i, j, cap);
    for (let value = lo; value <= hi; value++) { current[i][j] = value; visit(index + 1); }
  };
  visit(0);
  return values;
}

describe('disclosure control', () => {
  it('never publishes a cell under 5, and leaves no line with a single hidden cell (random tables)', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 300; round++) {
      const rows = 1 + Math.floor(random() * 5);
      const columns = 1 + Math.floor(random() * 4);
      const table = protectTable(randomTable(random, rows, columns, 60));
      for (let i = 0; i <= rows; i++) for (let j = 0; j <= columns; j++) {
        if (table.status[i][j] === 'published') assert.ok(table.grid[i][j].lo >= THRESHOLD, `published cell ${table.grid[i][j].lo} in round ${round}`);
        if (table.grid[i][j].lo < THRESHOLD) assert.notEqual(table.status[i][j], 'published');
      }
      for (const line of linesOf(rows, columns)) {
        assert.notEqual(line.filter(({ i, j }) => table.status[i][j] !== 'published').length, 1, `round ${round}: a line with one hidden cell`);
      }
      assert.deepEqual(recoverableCells(table), [], `round ${round}: the audit finds a recoverable cell`);
    }
  });

  it('leaves no suppressed cell derivable by an exhaustive attacker (random small tables)', () => {
    const random = seededRandom(11);
    let hiddenSeen = 0;
    for (let round = 0; round < 150; round++) {
      const rows = 2;
      const columns = 2 + Math.floor(random() * 2);
      const table = protectTable(randomTable(random, rows, columns, 14));
      const hiddenInterior = table.status.slice(0, rows).flatMap((line) => line.slice(0, columns)).filter((status) => status !== 'published').length;
      if (hiddenInterior > 4) continue; // keep the enumeration small
      const values = bruteForceValues(table);
      for (const [key, seen] of values) {
        hiddenSeen++;
        assert.ok(seen.size >= 2, `round ${round}: cell ${key} can only be ${[...seen]} (table ${JSON.stringify(table.grid.map((l) => l.map((c) => c.lo)))}, status ${JSON.stringify(table.status)})`);
      }
    }
    assert.ok(hiddenSeen > 50, 'the random tables did hide cells');
  });

  it('protects lists (map, trend) the same way, and shows bounds of aggregated suppressed inputs', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 300; round++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 8) }, () => exact(Math.floor(random() * (random() < 0.5 ? 6 : 80))));
      const result = protectList(values);
      result.status.forEach((status, k) => { if (status === 'published') assert.ok(values[k].lo >= THRESHOLD); });
      if (result.totalStatus === 'published') {
        const hidden = result.status.filter((status) => status !== 'published').length;
        assert.notEqual(hidden, 1, `round ${round}: one hidden value and a published total`);
      }
    }
    const aggregated = protectList([{ lo: 120 + 1, hi: 120 + 4 }, exact(40)]);
    assert.deepEqual(aggregated.total, { lo: 161, hi: 164 });
    assert.equal(aggregated.totalStatus, 'published');
  });
});
