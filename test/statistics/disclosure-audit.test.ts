import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { auditTable, AuditMemory } from '../../src/statistics/disclosure-audit.ts';
import { THRESHOLD, type CellStatus, type ProtectedTable } from '../../src/statistics/disclosure-table.ts';
import { protectTable, recoverableCells } from '../../src/statistics/disclosure.ts';
import { seededRandom } from '../../bench/random.ts';

/** A random exact table with its totals and a random choice of hidden cells ("<5" where under 5). */
function randomAuditedTable(random: () => number): ProtectedTable {
  const rows = 1 + Math.floor(random() * 2);
  const columns = 2 + Math.floor(random() * 2);
  const values = Array.from({ length: rows }, () => Array.from({ length: columns }, () => Math.floor(random() * (random() < 0.5 ? 5 : 12))));
  const sum = (cells: number[]) => cells.reduce((a, b) => a + b, 0);
  const grid = [...values.map((line) => [...line, sum(line)]), [...Array.from({ length: columns }, (_, j) => sum(values.map((line) => line[j]))), sum(values.flat())]]
    .map((line) => line.map((value) => ({ lo: value, hi: value })));
  const status: CellStatus[][] = grid.map((line) => line.map((cell) => (cell.lo < THRESHOLD ? 'small' : random() < 0.35 ? 'suppressed' : 'published')));
  return { rows, columns, grid, status };
}

/** Every value each hidden cell takes over all fillings of the hidden interior cells that agree with what is published. */
function attackerValues(table: ProtectedTable): Map<string, Set<number>> {
  const { rows, columns, grid, status } = table;
  const cap = grid[rows][columns].lo + 5;
  const bounds = (i: number, j: number): [number, number] => (status[i][j] === 'published' ? [grid[i][j].lo, grid[i][j].lo]
    : status[i][j] === 'small' ? [0, THRESHOLD - 1] : [grid[i][j].lo >= THRESHOLD ? THRESHOLD : 0, Infinity]);
  const hidden: [number, number][] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) if (status[i][j] !== 'published') hidden.push([i, j]);
  const current = grid.map((line) => line.map((cell) => cell.lo));
  const seen = new Map<string, Set<number>>();
  const visit = (k: number) => {
    if (k < hidden.length) {
      const [i, j] = hidden[k];
      const [lo, hi] = bounds(i, j);
      for (let value = lo; value <= Math.min(hi, cap); value++) { current[i][j] = value; visit(k + 1); }
      return;
    }
    for (let i = 0; i < rows; i++) current[i][columns] = current[i].slice(0, columns).reduce((a, b) => a + b, 0);
    for (let j = 0; j <= columns; j++) current[rows][j] = current.slice(0, rows).reduce((a, line) => a + line[j], 0);
    for (let i = 0; i <= rows; i++) for (let j = 0; j <= columns; j++) {
      const [lo, hi] = bounds(i, j);
      if (current[i][j] < lo || current[i][j] > hi) return;
    }
    for (let i = 0; i <= rows; i++) for (let j = 0; j <= columns; j++) {
      if (status[i][j] === 'published') continue;
      const key = `${i},${j}`;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(current[i][j]);
    }
  };
  visit(0);
  return seen;
}

describe('disclosure audit', () => {
  it('reports exactly the hidden cells an exhaustive attacker pins down (random tables and hidden sets)', () => {
    const random = seededRandom(23);
    let recoverable = 0;
    let safe = 0;
    for (let round = 0; round < 250; round++) {
      const table = randomAuditedTable(random);
      const hiddenInterior = table.status.slice(0, table.rows).flatMap((line) => line.slice(0, table.columns)).filter((status) => status !== 'published').length;
      if (hiddenInterior > 4) continue;
      const allSmall = table.status.every((line) => line.every((status) => status === 'small'));
      if (allSmall) continue; // the audit's documented exception: every cell can move
      const found = new Set(auditTable(table).map(({ i, j }) => `${i},${j}`));
      for (const [key, values] of attackerValues(table)) {
        assert.equal(found.has(key), values.size === 1, `round ${round}: cell ${key} takes ${[...values]}; grid ${JSON.stringify(table.grid.map((l) => l.map((c) => c.lo)))}, status ${JSON.stringify(table.status)}`);
        if (values.size === 1) recoverable++; else safe++;
      }
    }
    assert.ok(recoverable > 20 && safe > 20, `both kinds of hidden cell were exercised (${recoverable} recoverable, ${safe} safe)`);
  });

  it('starts from two tables consistent with what is published, and stops at the first recoverable cell when asked', () => {
    const random = seededRandom(29);
    for (let round = 0; round < 100; round++) {
      const table = randomAuditedTable(random);
      const memory = new AuditMemory(table);
      const width = table.columns + 1;
      for (const point of memory.points) {
        for (let i = 0; i <= table.rows; i++) {
          assert.equal(point[i * width + table.columns], Array.from({ length: table.columns }, (_, j) => point[i * width + j]).reduce((a, b) => a + b, 0));
        }
      }
      const all = auditTable(table);
      const first = auditTable(table, new AuditMemory(table), true);
      assert.deepEqual(first, all.slice(0, 1));
    }
  });
});

describe('protected tables kept by content', () => {
  it('protects a table seen again exactly as the first time, and a caller cannot alter the kept copy', () => {
    const interior = [[{ lo: 3, hi: 3 }, { lo: 40, hi: 40 }, { lo: 12, hi: 12 }], [{ lo: 25, hi: 25 }, { lo: 7, hi: 7 }, { lo: 2, hi: 8 }]];
    const first = protectTable(interior);
    assert.ok(first.status.flat().includes('suppressed'), 'the table needs secondary suppression');
    first.status[0][1] = 'published';
    first.status[0][0] = 'published';
    first.grid[0][0].lo = 99;
    const again = protectTable(interior.map((line) => line.map((cell) => ({ ...cell }))));
    assert.equal(again.status[0][0], 'small');
    assert.equal(again.grid[0][0].lo, 3);
    assert.deepEqual(recoverableCells(again), []);
    assert.notDeepEqual(protectTable([[{ lo: 30, hi: 30 }, { lo: 40, hi: 40 }]]).status, again.status);
  });
});
