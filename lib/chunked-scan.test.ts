import { describe, expect, it } from 'vitest';
import { advanceJob, runChunks, tableAt } from './chunked-scan';
import type { JobRow, ScannedTable } from './db';

const TABLES: readonly ScannedTable[] = ['posts', 'comments', 'trends'];
const NOW = '2024-06-15T09:00:00.000Z';
const job = (overrides: Partial<JobRow> = {}): JobRow => ({ id: 'j', version: 'v', done: 0, total: 5, startedAt: NOW, ...overrides });
const rows = (...ids: string[]) => ids.map((id) => ({ id }));

describe('advanceJob', () => {
  it('moves the cursor past a full chunk, within the same table', () => {
    expect(advanceJob(job(), TABLES, rows('a', 'b'), 2, NOW)).toEqual(job({ done: 2, cursor: { table: 'posts', after: 'b' } }));
  });

  it('moves to the next table after a short chunk', () => {
    expect(advanceJob(job({ done: 2, cursor: { table: 'posts', after: 'b' } }), TABLES, rows('c'), 2, NOW))
      .toEqual(job({ done: 3, cursor: { table: 'comments' } }));
  });

  it('finishes after the last table, raising the total to what was scanned', () => {
    const next = advanceJob(job({ done: 5, cursor: { table: 'trends' } }), TABLES, rows('x', 'y'), 3, NOW);
    expect(next).toEqual(job({ done: 7, total: 7, finishedAt: NOW }));
    expect(next).not.toHaveProperty('cursor');
  });

  it('starts at the first table', () => {
    expect(tableAt(job(), TABLES)).toBe('posts');
    expect(tableAt(job({ cursor: { table: 'trends' } }), TABLES)).toBe('trends');
  });
});

describe('runChunks', () => {
  it('steps until finished, pausing between chunks only', async () => {
    let pauses = 0;
    const seen: number[] = [];
    const step = async (current: JobRow) => (current.done >= 2 ? { ...current, done: 3, finishedAt: NOW } : { ...current, done: current.done + 1 });
    const done = await runChunks(job(), step, { pause: async () => { pauses++; }, onProgress: (row) => seen.push(row.done) });
    expect(done).toMatchObject({ done: 3, finishedAt: NOW });
    expect(seen).toEqual([1, 2, 3]);
    expect(pauses).toBe(2);
  });

  it('stops with undefined when a step abandons the job', async () => {
    expect(await runChunks(job(), async () => undefined, { pause: async () => {} })).toBeUndefined();
  });
});
