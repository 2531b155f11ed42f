// The open crisis flags, for the printed report: level, watch, when raised, stage. The crisis tab is
// where they are worked on, so on screen this section stays hidden.
import type { CrisisFlag } from '../../../lib/crisis/types';
import { formatDateTime, t } from '../../../lib/i18n';
import type { Watch } from '../../../lib/watch/types';
import { isOpenFlag } from '../../../components/crisis/flag-order';
import { LevelChip } from '../../../components/crisis/LevelChip';

/** A page has room for this many; the rest are counted. */
const PRINTED_FLAGS = 6;

export function OpenFlagsReport({ flags, watches, locale }: { flags: readonly CrisisFlag[]; watches: readonly Watch[]; locale: string }) {
  // `flags` come sorted worst first (readFlags), so the printed ones are the ones that matter most.
  const open = flags.filter(isOpenFlag);
  const names = new Map(watches.map((watch) => [watch.id, watch.name]));
  const shown = open.slice(0, PRINTED_FLAGS);
  return (
    <section class="an-report-flags print-only" data-testid="report-flags" data-count={String(open.length)} aria-label={t('an_openFlags')}>
      <h2>{t('an_openFlags')}</h2>
      {open.length === 0 ? <p class="muted">{t('an_noOpenFlags')}</p> : (
        <table class="an-table">
          <thead>
            <tr><th scope="col">{t('an_colLevel')}</th><th scope="col">{t('an_colWatch')}</th><th scope="col">{t('an_colOpened')}</th><th scope="col">{t('an_colStage')}</th></tr>
          </thead>
          <tbody>
            {shown.map((flag) => (
              <tr key={flag.id} data-testid="report-flag" data-level={flag.level}>
                <td><LevelChip level={flag.level} /></td>
                <td>{names.get(flag.watchId) ?? '—'}</td>
                <td>{formatDateTime(flag.raisedAt, locale)}</td>
                <td>{t(`crisis_stage_${flag.stage}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open.length > shown.length && <p class="muted">{t('an_moreFlags', open.length - shown.length)}</p>}
    </section>
  );
}
