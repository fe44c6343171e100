import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, eachCsvRecord, parseCsv } from '../../../src/lib/data/csv.ts';

describe('parseCsv', () => {
  it('reads a header and records with their line numbers', () => {
    const t = parseCsv('id,name\nacc,ACC\naesc,AESC\n');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.records).toEqual([
      { line: 2, cells: ['acc', 'ACC'] },
      { line: 3, cells: ['aesc', 'AESC'] }
    ]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields, and counts lines', () => {
    const t = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,1');
    expect(t.records).toEqual([
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 5, cells: ['last', '1'] }
    ]);
  });

  it('accepts CRLF, a byte-order mark and blank lines, and keeps empty cells', () => {
    const t = parseCsv('\ufeffa,b,c\r\n1,,3\r\n\r\n,,\r\n');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.records).toEqual([
      { line: 2, cells: ['1', '', '3'] },
      { line: 4, cells: ['', '', ''] }
    ]);
  });

  it('names the file and line of a syntax error', () => {
    expect(() => parseCsv('a,b\n1,"open\n', 'sites.csv')).toThrowError(
      'sites.csv, line 2: a quoted field is never closed'
    );
    expect(() => parseCsv('a,b\n1,x"y\n', 'p.csv')).toThrowError(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,x"y\n', 'p.csv')).toThrowError(
      'p.csv, line 2: a quote inside an unquoted field'
    );
    expect(() => parseCsv('', 'empty.csv')).toThrowError('empty.csv, line 1: the file is empty');
  });

  it('reads semicolon files and gives each record its real first line', () => {
    const t = parseCsv('a;b\n\n"x;\ny";2,5\n\n\n3;4\n', 'f.csv', ';');
    expect(t.records).toEqual([
      { line: 3, cells: ['x;\ny', '2,5'] },
      { line: 7, cells: ['3', '4'] }
    ]);
    const seen: number[] = [];
    eachCsvRecord('h\n1\n2\n3\n', 'f.csv', ',', (r) => seen.push(r.line) < 2);
    expect(seen).toEqual([1, 2]);
  });
});
