import { it } from 'node:test';
import assert from 'node:assert/strict';
import { csvRecords } from '../../src/case-data/htcds/csv-records.ts';

/** The records, each copied as it is read (the reader reuses its cells array for the next record). */
function read(text: string, delimiter = ','): { cells: string[]; line: number }[] {
  const records = [];
  for (const { cells, line } of csvRecords(text, delimiter)) records.push({ cells: [...cells], line });
  return records;
}

it('reads quoted cells, doubled quotes, CRLF and line breaks inside quotes, numbering records by their first line', () => {
  const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""",3\r\n"two\nlines",,\nlast,"",end';
  assert.deepEqual(read(text), [
    { cells: ['a', 'b', 'c'], line: 1 },
    { cells: ['x, y', 'say "hi"', '3'], line: 2 },
    { cells: ['two\nlines', '', ''], line: 3 },
    { cells: ['last', '', 'end'], line: 5 },
  ]);
});

it('reads semicolon files and refuses a quote left open or text after a closing quote, naming the line', () => {
  assert.deepEqual(read('a;b\n1;2\n', ';'), [{ cells: ['a', 'b'], line: 1 }, { cells: ['1', '2'], line: 2 }]);
  assert.throws(() => read('a,b\n1,"open\n'), (error: Error & { params?: Record<string, unknown> }) => error.params?.line === 2);
  assert.throws(() => read('a,b\n"1"x,2\n'), (error: Error & { params?: Record<string, unknown> }) => error.params?.line === 2);
});
