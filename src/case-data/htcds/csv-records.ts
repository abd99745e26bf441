import { AppError } from '../../core/errors.ts';

/**
 * A CSV reader (RFC 4180: quoted fields, "" inside quotes, CRLF or LF, line breaks inside
 * quotes) for large imports: it yields the cells of each record and the line the record starts
 * on, without building a grid of the whole file; the cells array is reused for the next record,
 * so copy what you keep. csv-parse, which the rest of Ariadne uses,
 * reads several times slower, too slow for a million-row HTCDS file.
 */
export function* csvRecords(text: string, delimiter: string): Generator<{ cells: string[]; line: number }> {
  const length = text.length;
  const separator = delimiter.charCodeAt(0);
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const cells: string[] = [];
  const record = { cells, line };
  while (position < length) {
    const startLine = line;
    cells.length = 0;
    for (;;) {
      if (text.charCodeAt(position) === 34 /* " */) {
        let value = '';
        let from = position + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) throw new AppError('file_unreadable', 422, 'error.csv_malformed', { line: startLine, reason: 'quote not closed' });
          value += text.slice(from, quote);
          if (text.charCodeAt(quote + 1) === 34) { value += '"'; from = quote + 2; continue; }
          position = quote + 1;
          break;
        }
        for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) line++;
        cells.push(value);
        const next = text.charCodeAt(position);
        if (next === separator) { position++; continue; }
        if (next === 13 && text.charCodeAt(position + 1) === 10) position++;
        if (position < length && text.charCodeAt(position) !== 10) {
          throw new AppError('file_unreadable', 422, 'error.csv_malformed', { line, reason: 'text after a closing quote' });
        }
        position++;
        line++;
        break;
      }
      let end = position;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === separator || code === 10 || code === 13) break;
        end++;
      }
      cells.push(text.slice(position, end));
      const code = text.charCodeAt(end);
      if (code === separator) { position = end + 1; if (position >= length) { cells.push(''); break; } continue; }
      position = code === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
      line++;
      break;
    }
    record.line = startLine;
    yield record;
  }
}
