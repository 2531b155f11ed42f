// A post's engagement across its captures as a tiny inline SVG line (x by capture time).
import type { HistoryPoint } from '../../../lib/analytics/view-types';

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 2;

/** SVG `points` for the known values, oldest left; '' when fewer than two are known. */
export function sparklinePoints(history: readonly HistoryPoint[]): string {
  const known = history
    .map((point) => ({ at: Date.parse(point.at), value: point.engagement }))
    .filter((point): point is { at: number; value: number } => point.value !== undefined && !Number.isNaN(point.at));
  if (known.length < 2) return '';
  const first = known[0]!.at;
  const span = known.at(-1)!.at - first;
  const low = Math.min(...known.map((point) => point.value));
  const high = Math.max(...known.map((point) => point.value));
  const x = (point: { at: number }, index: number) => PAD + (WIDTH - 2 * PAD) * (span > 0 ? (point.at - first) / span : index / (known.length - 1));
  const y = (value: number) => HEIGHT - PAD - (HEIGHT - 2 * PAD) * (high > low ? (value - low) / (high - low) : 0.5);
  return known.map((point, index) => `${x(point, index).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ');
}

export function Sparkline({ history, label }: { history: readonly HistoryPoint[]; label: string }) {
  const points = sparklinePoints(history);
  if (!points) return <span class="muted an-spark-none">{label}</span>;
  return (
    <svg class="an-spark" data-testid="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <title>{label}</title>
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
    </svg>
  );
}
