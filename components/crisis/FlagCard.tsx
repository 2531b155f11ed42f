import type { CrisisFlag } from '../../lib/crisis/types';
import { formatDateTime, formatRelativeTime, t, uiLocale } from '../../lib/i18n';
import { LevelChip } from './LevelChip';
import { crisisTypeName } from './reason-text';
import { ResponseClock } from './ResponseClock';

export function TypeTags({ types }: { types: readonly string[] }) {
  if (types.length === 0) return <span class="type-tag type-none">{t('crisis_typeNone')}</span>;
  return <>{types.map((type) => <span key={type} class="type-tag" data-type={type}>{crisisTypeName(type)}</span>)}</>;
}

export function FlagCard({ flag, watchName, now }: { flag: CrisisFlag; watchName: string; now: number }) {
  const locale = uiLocale();
  return (
    <a class={`flag-card level-${flag.level}`} href={`#flag=${encodeURIComponent(flag.id)}`}
      data-testid="flag-card" data-id={flag.id} data-level={flag.level} data-stage={flag.stage}>
      <div class="flag-card-head">
        <LevelChip level={flag.level} />
        <b class="flag-watch">{watchName}</b>
        <time dateTime={flag.raisedAt} title={formatDateTime(flag.raisedAt, locale)}>
          {t('crisis_raisedAt', formatRelativeTime(flag.raisedAt, now, locale))}
        </time>
      </div>
      <div class="flag-card-body">
        <TypeTags types={flag.types} />
      </div>
      <div class="flag-card-foot">
        <span class={`stage-pill stage-${flag.stage}`}>{t(`crisis_stage_${flag.stage}`)}</span>
        <ResponseClock flag={flag} now={now} />
        <span class={flag.owner ? 'owner' : 'owner owner-none'}>{t('crisis_owner')}: {flag.owner || t('crisis_ownerNone')}</span>
      </div>
    </a>
  );
}
