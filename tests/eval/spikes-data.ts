// The labelled NAB realTweets series in ../shared/data/spikes (see its SOURCES.md): tweets per 5 minutes, with
// anomaly windows. NAB timestamps have no zone; they are UTC.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_DIR } from '../shared-fixtures';

export const SPIKES_DIR = path.join(SHARED_DIR, 'data/spikes/nab');
export const hasSpikeData = existsSync(path.join(SPIKES_DIR, 'labels/combined_windows.json'));

/** NAB does not score the first 15 % of each series: detectors get it as history. */
export const PROBATION_SHARE = 0.15;

export interface LabelledWindow { startMs: number; endMs: number; labelMs?: number }
export interface LabelledSeries { name: string; t: string[]; ms: number[]; values: number[]; windows: LabelledWindow[] }

const utcMs = (nabTime: string) => Date.parse(`${nabTime.trim().replace(' ', 'T')}Z`);

export function loadTweetSeries(): LabelledSeries[] {
  const windows: Record<string, [string, string][]> = JSON.parse(readFileSync(path.join(SPIKES_DIR, 'labels/combined_windows.json'), 'utf8'));
  const labels: Record<string, string[]> = JSON.parse(readFileSync(path.join(SPIKES_DIR, 'labels/combined_labels.json'), 'utf8'));
  return Object.keys(windows).filter(key => key.startsWith('realTweets/')).sort().map(key => {
    const rows = readFileSync(path.join(SPIKES_DIR, key), 'utf8').trim().split('\n').slice(1).map(line => line.split(','));
    const ms = rows.map(r => utcMs(r[0]));
    const labelMs = (labels[key] ?? []).map(utcMs);
    return {
      name: key.replace(/^realTweets\/Twitter_volume_|\.csv$/g, ''),
      t: ms.map(m => new Date(m).toISOString()),
      ms,
      values: rows.map(r => Number(r[1])),
      windows: windows[key].map(([start, end]) => {
        const startMs = utcMs(start);
        const endMs = utcMs(end);
        return { startMs, endMs, labelMs: labelMs.find(l => l >= startMs && l <= endMs) };
      }),
    };
  });
}
