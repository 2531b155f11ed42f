import type { JobRow } from '../../lib/db';
import { formatCount, t, uiLocale } from '../../lib/i18n';
import type { Watch } from '../../lib/watch/types';
import { platformName } from '../platformName';
import { BackfillProgress } from './BackfillProgress';

interface WatchRowProps {
  watch: Watch;
  mentions24h: number;
  backfill?: JobRow;
  onEdit(): void;
  onDelete(): void;
}

export function WatchRow({ watch, mentions24h, backfill, onEdit, onDelete }: WatchRowProps) {
  const locale = uiLocale();
  const platforms = watch.platforms.length ? watch.platforms.map(platformName).join(' · ') : t('watch_platformsAll');
  return (
    <li class="watch-row" data-testid="watch-row" data-id={watch.id} data-kind={watch.kind}>
      <div class="watch-main">
        <div class="watch-title">
          <b>{watch.name}</b>
          <span class={`kind-tag kind-${watch.kind}`}>{t(`watch_kind_${watch.kind}`)}</span>
          <span class="sens-tag" title={t('watch_sensitivity')}>{t(`watch_sensitivity_${watch.sensitivity}`)}</span>
          {watch.webhook && <span class="hook-tag">⇢ {t(`watch_format_${watch.webhook.format}`)}</span>}
        </div>
        <p class="watch-terms">
          {watch.terms.slice(0, 8).map((term) => <span key={term} class="term">{term}</span>)}
          {watch.terms.length > 8 && <span class="muted">+{watch.terms.length - 8}</span>}
        </p>
        <p class="muted watch-facts">
          {platforms}
          {watch.exclude.length > 0 && ` · ${t('watch_excludeCount', watch.exclude.length)}`}
        </p>
        {backfill && <BackfillProgress job={backfill} />}
      </div>
      <div class="watch-side">
        <span class="watch-mentions" data-testid="watch-mentions" data-value={String(mentions24h)}>
          {t('watch_mentions24h', formatCount(mentions24h, locale))}
        </span>
        <div class="watch-buttons">
          <button type="button" onClick={onEdit}>{t('watch_edit')}</button>
          <button type="button" class="danger" onClick={onDelete}>{t('watch_delete')}</button>
        </div>
      </div>
    </li>
  );
}
