import type { FlagHistoryEntry } from '../../lib/crisis/types';
import { formatDateTime, t, uiLocale } from '../../lib/i18n';
import { levelName } from './level';
import { isLevel, isStage } from './guards';

function stageText(value: string | undefined): string {
  return value && isStage(value) ? t(`crisis_stage_${value}`) : value ?? '—';
}

function levelText(value: string | undefined): string {
  return value && isLevel(value) ? levelName(value) : value ?? '—';
}

export function historyText(entry: FlagHistoryEntry): string {
  switch (entry.event) {
    case 'raised': return t('crisis_event_raised', levelText(entry.to));
    case 'level': return t('crisis_event_level', levelText(entry.from), levelText(entry.to));
    case 'stage': return t('crisis_event_stage', stageText(entry.from), stageText(entry.to));
    case 'owner': return t('crisis_event_owner', entry.to || t('crisis_ownerNone'));
    case 'note': return t('crisis_event_note');
    case 'webhook': return t('crisis_event_webhook', entry.to ?? entry.note ?? '');
  }
}

/** Newest first: the latest step of the response is what a returning reader looks for. */
export function FlagHistory({ history }: { history: readonly FlagHistoryEntry[] }) {
  const locale = uiLocale();
  const entries = [...history].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <section class="panel">
      <h2>{t('crisis_history')}</h2>
      <ol class="history">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`} class={`history-entry event-${entry.event}`} data-event={entry.event}>
            <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
            <span class="history-what">{historyText(entry)}</span>
            {entry.note && entry.event !== 'webhook' && <p class="history-note">{entry.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
