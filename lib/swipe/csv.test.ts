import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, examplesToCsv } from './csv';
import { savedExample } from './test-examples';

describe('csvCell', () => {
  it('quotes cells with commas, quotes or newlines, doubling inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('he said "hi"')).toBe('"he said ""hi"""');
    expect(csvCell('line 1\nline 2\r\nline 3')).toBe('"line 1\nline 2\r\nline 3"');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+86 138')).toBe(`"'+86 138"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=cmd')).toBe(`"'\t=cmd"`);
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  it('writes numbers as numbers (a negative count is not text) and absent as empty', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('examplesToCsv', () => {
  it('starts with a BOM and the header, one CRLF row per example, counts at save and now', () => {
    const example = savedExample({ tags: ['新品', 'cny'], note: '=1+1', text: '第一行\n"第二行"' });
    const csv = examplesToCsv([example], new Map([[example.recordId, { metrics: { likes: 400000, comments: 95535, shares: 240492 } }]]));
    expect(csv.startsWith('\uFEFFid,platform,kind,url,')).toBe(true);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(header!.split(',')).toEqual([...CSV_COLUMNS]);
    expect(end).toBe('');
    expect(row).toContain(`,"第一行\n""第二行""",`);
    expect(row).toContain(',新品; cny,');
    expect(row).toContain(`,"'=1+1",`);
    expect(row!.endsWith(',348872,95535,240492,,400000,95535,240492,,684899,736027')).toBe(true);
  });

  it('leaves the current counts empty when the record is gone', () => {
    const csv = examplesToCsv([savedExample()], new Map());
    expect(csv.trimEnd().endsWith(',684899,')).toBe(true);
  });
});
