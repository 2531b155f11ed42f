import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'lib/cli/sentiment.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('npm run sentiment', { timeout: 30_000 }, () => {
  it('prints one JSON line per argument', () => {
    const lines = run(['太坑了，退钱！', 'love it']).trim().split('\n').map(l => JSON.parse(l));
    expect(lines.map(l => [l.text, l.label])).toEqual([['太坑了，退钱！', 'negative'], ['love it', 'positive']]);
    expect(lines[0].score).toBeGreaterThanOrEqual(-1);
  });
  it('reads one text per line from stdin and skips blank lines', () => {
    const lines = run([], '质量很好\n\nthe package arrived broken\n').trim().split('\n').map(l => JSON.parse(l));
    expect(lines.map(l => l.label)).toEqual(['positive', 'negative']);
  });
});
