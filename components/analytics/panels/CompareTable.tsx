// The compare panel's table: each metric in A and B, the change, and the verdict on it.
import type { RateBasis } from '../../../lib/analytics/engagement';
import type { CompareMetric, CompareRow, Verdict } from '../../../lib/analytics/view-types';
import { t } from '../../../lib/i18n';
import { basisLabel, showCount, showDecimal, showNet, showPercent, UNKNOWN } from './format';

export function metricLabel(metric: CompareMetric, basis: RateBasis): string {
  return metric === 'rate' ? t('an_p_m_rate', basisLabel(basis)) : t(`an_p_m_${metric}`);
}

export function verdictText(verdict: Verdict): string {
  return t(verdict === 'larger' ? 'an_p_v_larger' : verdict === 'within' ? 'an_p_v_within' : 'an_p_v_tooLittle');
}

/** A value of the metric as people read it: counts, per-post averages, percentages, net −1..1. */
export function showMetric(metric: CompareMetric, value: number | undefined, signed = false): string {
  if (value === undefined) return UNKNOWN;
  const sign = signed && value > 0 ? '+' : '';
  switch (metric) {
    case 'posts': case 'comments': return sign + showCount(value);
    case 'engagementPerPost': return sign + showDecimal(value);
    case 'rate': case 'shareOfVoice': return sign + showPercent(value);
    case 'netSentiment': return showNet(value);
  }
}

export function CompareTable({ rows, basis }: { rows: CompareRow[]; basis: RateBasis }) {
  return (
    <table class="an-table">
      <thead>
        <tr>
          <th scope="col">{t('an_p_colMetric')}</th><th scope="col" class="num">{t('an_p_colA')}</th><th scope="col" class="num">{t('an_p_colB')}</th>
          <th scope="col" class="num">{t('an_p_colDelta')}</th><th scope="col" class="num">{t('an_p_colRelative')}</th><th scope="col">{t('an_p_colVerdict')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.metric} data-testid="compare-row" data-metric={row.metric}>
            <th scope="row">{metricLabel(row.metric, basis)}</th>
            <td class="num" data-value={row.a ?? ''}>{showMetric(row.metric, row.a)}</td>
            <td class="num" data-value={row.b ?? ''}>{showMetric(row.metric, row.b)}</td>
            <td class="num" data-value={row.delta ?? ''}>{showMetric(row.metric, row.delta, true)}</td>
            <td class="num" data-value={row.relative ?? ''}>{row.relative === undefined ? UNKNOWN : `${row.relative > 0 ? '+' : ''}${showPercent(row.relative)}`}</td>
            <td>
              <span class={`an-verdict an-verdict-${row.verdict}`} data-testid="compare-verdict" data-verdict={row.verdict}>{verdictText(row.verdict)}</span>
              {row.z !== undefined && <small class="muted"> z = {row.z.toFixed(1)}</small>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
