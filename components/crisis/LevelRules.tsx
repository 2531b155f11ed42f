// "How levels work": the level rules the detectors apply, with each level's response-time target.
import { RESPONSE_TARGET_MINUTES, type CrisisLevel } from '../../lib/crisis/types';
import { t } from '../../lib/i18n';
import { formatMinutes } from './countdown';
import { LevelChip } from './LevelChip';

export interface LevelRuleView {
  level: CrisisLevel;
  /** Each entry is one way to reach the level (any one is enough). */
  conditions: string[];
}

export function LevelRules({ rows, guards }: { rows: readonly LevelRuleView[]; guards: readonly string[] }) {
  const units = { hour: t('crisis_unitHour'), minute: t('crisis_unitMinute') };
  return (
    <details class="panel level-rules" data-testid="level-rules">
      <summary>{t('crisis_rulesTitle')}</summary>
      <p class="muted">{t('crisis_rulesIntro')}</p>
      <table>
        <tbody>
          {[...rows].reverse().map((row) => (
            <tr key={row.level} data-level={row.level}>
              <th scope="row"><LevelChip level={row.level} /></th>
              <td>
                <ul>{row.conditions.map((condition) => <li key={condition}>{condition}</li>)}</ul>
              </td>
              <td class="muted nowrap">{t('crisis_rulesTarget', formatMinutes(RESPONSE_TARGET_MINUTES[row.level], units))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('crisis_rulesGuardsTitle')}</h3>
      <ul class="guards">{guards.map((guard) => <li key={guard}>{guard}</li>)}</ul>
    </details>
  );
}
