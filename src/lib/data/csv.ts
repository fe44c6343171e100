/**
 * A strict RFC 4180 CSV reader that keeps line numbers, so that a problem in a source table can
 * be reported as "sites.csv, line 7, column latitude".
 *
 * @example
 *   parseCsv('a,b\n1,"x, y"\n') // { header: ['a','b'], records: [{ line: 2, cells: ['1','x, y'] }] }
 */

export interface CsvRecord {
  /** 1-based line number of the record's first line in the file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string
  ) {
    super(`${file}, line ${line}: ${detail}`);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(text: string, file = 'input.csv', delimiter = ','): CsvTable {
  const rows: CsvRecord[] = [];
  eachCsvRecord(text, file, delimiter, (r) => void rows.push(r));
  const [first, ...records] = rows;
  if (!first) throw new CsvSyntaxError(file, 1, 'the file is empty (no header row)');
  return { header: first.cells.map((h) => h.trim()), records };
}

/**
 * Reads records one by one (blank lines skipped), each with the line it starts on, without
 * keeping them: a large upload is scanned without holding every cell. Return false to stop.
 */
export function eachCsvRecord(
  text: string,
  file: string,
  delimiter: string,
  onRecord: (record: CsvRecord) => boolean | void
): void {
  let stop = false;
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedCell = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // skip a UTF-8 byte-order mark

  const endCell = () => {
    cells.push(cell);
    cell = '';
    quotedCell = false;
  };
  const endRecord = () => {
    endCell();
    // A blank line (one empty unquoted cell) is not a record.
    if (!(cells.length === 1 && cells[0] === '')) {
      if (onRecord({ line: recordLine, cells }) === false) stop = true;
    }
    cells = [];
  };

  for (; i < text.length && !stop; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell !== '' || quotedCell) {
        throw new CsvSyntaxError(file, line, 'a quote inside an unquoted field');
      }
      inQuotes = true;
      quotedCell = true;
    } else if (ch === delimiter) {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      if (quotedCell) throw new CsvSyntaxError(file, line, 'text after a closing quote');
      cell += ch;
    }
  }
  if (stop) return;
  if (inQuotes) throw new CsvSyntaxError(file, recordLine, 'a quoted field is never closed');
  if (cell !== '' || cells.length > 0 || quotedCell) endRecord();
}
