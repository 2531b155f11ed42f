// The popup's crisis alerts: open flags, worst first, each with its level, watch, top reason and age.
import './crisis/levels.css';
import { formatDateTime, formatRelativeTime, t, uiLocale } from '../lib/i18n';
import { LevelChip } from './crisis/LevelChip';
import { levelName } from './crisis/level';
import type { AlertView } from './crisis/queries';
import { reasonSentence, topReason } from './crisis/reason-text';

interface AlertListProps {
  alerts: readonly AlertView[];
  now: number;
  /** Opens the crisis desk, at one flag when its hash is given (e.g. "#flag=…"). */
  onOpenDesk(hash?: string): void;
}

function follow(event: Event, open: () => void) {
  event.preventDefault();
  open();
}

export function AlertList({ alerts, now, onOpenDesk }: AlertListProps) {
  if (alerts.length === 0) return null;
  const locale = uiLocale();
  return (
    <section class="card alerts" data-testid="alert-list">
      <div class="card-head">
        <h2>{t('crisis_alertsTitle')}</h2>
        <a href="dashboard.html#crisis" class="desk-link" onClick={(event) => follow(event, () => onOpenDesk('#crisis'))}>
          {t('crisis_openDesk')} ↗
        </a>
      </div>
      <ul class="alert-items">
        {alerts.map(({ flag, watchName }) => {
          const hash = `#flag=${encodeURIComponent(flag.id)}`;
          const top = topReason(flag.reasons);
          return (
            <li key={flag.id} class={`alert-item level-${flag.level}`} data-testid="alert-item" data-level={flag.level} data-id={flag.id}>
              <a href={`dashboard.html${hash}`} onClick={(event) => follow(event, () => onOpenDesk(hash))}>
                <div class="alert-head">
                  <LevelChip level={flag.level} compact />
                  <b class="alert-watch">{watchName}</b>
                  <span class="alert-level">{levelName(flag.level)}</span>
                  <time dateTime={flag.raisedAt} title={formatDateTime(flag.raisedAt, locale)}>
                    {formatRelativeTime(flag.raisedAt, now, locale)}
                  </time>
                </div>
                <p class="alert-reason">{top ? reasonSentence(top, locale) : t('crisis_noReason')}</p>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
