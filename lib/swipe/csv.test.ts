import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, examplesToCsv } from './csv';
import { savedExample } from './test-examples';

// Cell escaping itself is tested in lib/csv.test.ts.
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
