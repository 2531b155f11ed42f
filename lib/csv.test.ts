import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text and Chinese as they are', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('好评，物流很快')).toBe('好评，物流很快');
  });

  it('quotes cells with commas, quotes, CR or LF, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('he said "hi"')).toBe('"he said ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
  });

  it('neutralises text a spreadsheet would run as a formula, and quotes it', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+86 138 0013 8000')).toBe(`"'+86 138 0013 8000"`);
    expect(csvCell('-5')).toBe(`"'-5"`);
    expect(csvCell('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvCell('\t=cmd')).toBe(`"'\t=cmd"`);
    expect(csvCell('\r=cmd')).toBe(`"'\r=cmd"`);
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  it('only checks the first character: an inner = or - is ordinary text', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('2024-06-14')).toBe('2024-06-14');
  });

  it('writes numbers as numbers: a negative number is not a formula', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0.034)).toBe('0.034');
    expect(csvCell(0)).toBe('0');
  });

  it('writes absent values (and non-finite numbers) as empty cells, never "undefined" or 0', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('')).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with one BOM, ends every row (header included) with CRLF', () => {
    const csv = toCsv(['term', 'posts'], [['新品', 3], ['=1+1', -5], [null, undefined]]);
    expect(csv).toBe(`\uFEFFterm,posts\r\n新品,3\r\n"'=1+1",-5\r\n,\r\n`);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
  });

  it('keeps a cell with a line break in one row for a CSV reader', () => {
    const csv = toCsv(['text', 'label'], [['第一行\n"第二行"', 'negative']]);
    expect(csv).toBe('\uFEFFtext,label\r\n"第一行\n""第二行""",negative\r\n');
    expect(csv.slice(1).split('\r\n')).toEqual(['text,label', '"第一行\n""第二行""",negative', '']);
  });

  it('is the header alone without rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });

  it('escapes header cells too', () => {
    expect(toCsv(['rate, by views', '-delta'], [])).toBe(`\uFEFF"rate, by views","'-delta"\r\n`);
  });
});
