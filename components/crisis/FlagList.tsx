import type { CrisisFlag } from '../../lib/crisis/types';
import { t } from '../../lib/i18n';
import { FlagCard } from './FlagCard';
import { isOpenFlag } from './flag-order';

interface FlagListProps {
  /** Already sorted (sortFlags). */
  flags: readonly CrisisFlag[];
  watchNames: ReadonlyMap<string, string>;
  now: number;
  hasWatches: boolean;
}

export function FlagList({ flags, watchNames, now, hasWatches }: FlagListProps) {
  const open = flags.filter(isOpenFlag);
  const closed = flags.filter((flag) => !isOpenFlag(flag));
  const card = (flag: CrisisFlag) => (
    <li key={flag.id}><FlagCard flag={flag} watchName={watchNames.get(flag.watchId) ?? '—'} now={now} /></li>
  );
  return (
    <div class="flag-list">
      <section class="panel">
        <h2>{t('crisis_openFlags')} <span class="count">{open.length}</span></h2>
        {open.length === 0 && <p class="muted empty-line">{hasWatches ? t('crisis_noFlags') : t('crisis_noWatches')}</p>}
        {open.length > 0 && <ul class="flag-cards">{open.map(card)}</ul>}
      </section>
      {closed.length > 0 && (
        <section class="panel">
          <h2>{t('crisis_closedFlags')} <span class="count">{closed.length}</span></h2>
          <ul class="flag-cards closed">{closed.map(card)}</ul>
        </section>
      )}
    </div>
  );
}
