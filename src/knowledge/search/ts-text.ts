/**
 * PostgreSQL's text forms of tsvector and tsquery, read back into structures, so that the
 * in-memory text index (text-index.ts) works on exactly the lexemes and positions that
 * PostgreSQL computed: no stemming is ever done here.
 */

/** A lexeme of a document with its positions (weights are left out: ranking stays in PostgreSQL). */
export interface VectorEntry { lexeme: string; positions: number[] }

/** Reads the output of tsvector_out: 'lexeme':1A,5,7B 'other':3 (quotes doubled inside a lexeme). */
export function parseTsVector(text: string): VectorEntry[] {
  const entries: VectorEntry[] = [];
  let index = 0;
  const length = text.length;
  while (index < length) {
    while (index < length && text.charCodeAt(index) === 32) index++;
    if (index >= length) break;
    const [lexeme, next] = readQuoted(text, index);
    index = next;
    const positions: number[] = [];
    if (text.charCodeAt(index) === 58 /* : */) {
      index++;
      for (;;) {
        let value = 0;
        let code = text.charCodeAt(index);
        while (code >= 48 && code <= 57) { value = value * 10 + code - 48; code = text.charCodeAt(++index); }
        positions.push(value);
        if (code >= 65 && code <= 68) code = text.charCodeAt(++index); // weight A-D
        if (code !== 44 /* , */) break;
        index++;
      }
    }
    entries.push({ lexeme, positions });
  }
  return entries;
}

/** A quoted lexeme at `start` ('it''s', backslashes escaped): its text and the index after it. */
function readQuoted(text: string, start: number): [string, number] {
  if (text.charCodeAt(start) !== 39) throw new Error(`tsvector/tsquery text: quote expected at ${start}`);
  let index = start + 1;
  let value = '';
  let runStart = index;
  for (;;) {
    const code = text.charCodeAt(index);
    if (Number.isNaN(code)) throw new Error('tsvector/tsquery text: unterminated lexeme');
    if (code === 92 /* \ */) {
      value += text.slice(runStart, index) + text[index + 1];
      index += 2;
      runStart = index;
    } else if (code === 39) {
      if (text.charCodeAt(index + 1) === 39) {
        value += text.slice(runStart, index + 1);
        index += 2;
        runStart = index;
      } else {
        value += text.slice(runStart, index);
        return [value, index + 1];
      }
    } else index++;
  }
}

export type QueryNode =
  | { op: 'lexeme'; lexeme: string; prefix: boolean; weights: string }
  | { op: 'not'; arg: QueryNode }
  | { op: 'and' | 'or'; left: QueryNode; right: QueryNode }
  | { op: 'phrase'; distance: number; left: QueryNode; right: QueryNode };

/**
 * Reads the output of tsquery_out (and what is built from it): operands 'lexeme' with optional
 * :* and weights, ! (highest), <-> and <N>, &, | (lowest), parentheses. Null for an empty query.
 */
export function parseTsQuery(text: string): QueryNode | null {
  let index = 0;
  const skip = () => { while (index < text.length && /\s/.test(text[index])) index++; };
  const peek = () => { skip(); return text[index]; };

  const primary = (): QueryNode => {
    const char = peek();
    if (char === '!') { index++; return { op: 'not', arg: primary() }; }
    if (char === '(') {
      index++;
      const inner = or();
      if (peek() !== ')') throw new Error(`tsquery text: ) expected at ${index}`);
      index++;
      return inner;
    }
    const [lexeme, next] = readQuoted(text, index);
    index = next;
    let prefix = false;
    let weights = '';
    if (text[index] === ':') {
      index++;
      while (index < text.length && /[*A-Da-d]/.test(text[index])) {
        if (text[index] === '*') prefix = true;
        else weights += text[index].toUpperCase();
        index++;
      }
    }
    return { op: 'lexeme', lexeme, prefix, weights };
  };
  const phrase = (): QueryNode => {
    let left = primary();
    for (;;) {
      skip();
      const match = /^<(-|\d+)>/.exec(text.slice(index, index + 8));
      if (!match) return left;
      index += match[0].length;
      left = { op: 'phrase', distance: match[1] === '-' ? 1 : Number(match[1]), left, right: primary() };
    }
  };
  const and = (): QueryNode => {
    let left = phrase();
    while (peek() === '&') { index++; left = { op: 'and', left, right: phrase() }; }
    return left;
  };
  const or = (): QueryNode => {
    let left = and();
    while (peek() === '|') { index++; left = { op: 'or', left, right: and() }; }
    return left;
  };

  if (peek() === undefined) return null;
  const node = or();
  if (peek() !== undefined) throw new Error(`tsquery text: unexpected ${text[index]} at ${index}`);
  return node;
}

/**
 * parseTsVector without objects: reads tsvector_out text into reusable typed arrays, asking
 * `idOf` for the id of each lexeme as it stands in the text (escaped lexemes are unescaped
 * first). After read(): ids[k], and the positions of entry k in positions[starts[k], starts[k+1]).
 */
export class TsVectorReader {
  ids = new Int32Array(256);
  starts = new Int32Array(257);
  positions = new Int32Array(1024);

  read(text: string, idOf: (text: string, start: number, end: number) => number): number {
    let count = 0;
    let used = 0;
    let index = 0;
    const length = text.length;
    while (index < length) {
      while (index < length && text.charCodeAt(index) === 32) index++;
      if (index >= length) break;
      if (text.charCodeAt(index) !== 39) throw new Error(`tsvector text: quote expected at ${index}`);
      let end = index + 1;
      let escaped = false;
      for (;;) {
        const code = text.charCodeAt(end);
        if (Number.isNaN(code)) throw new Error('tsvector text: unterminated lexeme');
        if (code === 92) { escaped = true; end += 2; continue; }
        if (code === 39) {
          if (text.charCodeAt(end + 1) === 39) { escaped = true; end += 2; continue; }
          break;
        }
        end++;
      }
      let id: number;
      if (escaped) {
        const [lexeme] = readQuoted(text, index);
        id = idOf(lexeme, 0, lexeme.length);
      } else id = idOf(text, index + 1, end);
      index = end + 1;
      if (count + 1 >= this.ids.length) this.growEntries();
      this.ids[count] = id;
      this.starts[count] = used;
      if (text.charCodeAt(index) === 58) {
        index++;
        for (;;) {
          let value = 0;
          let code = text.charCodeAt(index);
          while (code >= 48 && code <= 57) { value = value * 10 + code - 48; code = text.charCodeAt(++index); }
          if (used === this.positions.length) this.growPositions();
          this.positions[used++] = value;
          if (code >= 65 && code <= 68) code = text.charCodeAt(++index);
          if (code !== 44) break;
          index++;
        }
      }
      count++;
    }
    this.starts[count] = used;
    return count;
  }

  private growEntries() {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
    const starts = new Int32Array(ids.length + 1);
    starts.set(this.starts);
    this.starts = starts;
  }

  private growPositions() {
    const positions = new Int32Array(this.positions.length * 2);
    positions.set(this.positions);
    this.positions = positions;
  }
}
