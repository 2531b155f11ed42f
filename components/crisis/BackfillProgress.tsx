import type { JobRow } from '../../lib/db';
import { formatCount, t, uiLocale } from '../../lib/i18n';

/** Matching a new or edited watch against stored records: a bar while it runs, a line when done. */
export function BackfillProgress({ job }: { job: JobRow }) {
  const locale = uiLocale();
  const finished = Boolean(job.finishedAt) || (job.total > 0 && job.done >= job.total);
  return (
    <div class={`backfill ${finished ? 'backfill-done' : 'backfill-running'}`} data-testid="backfill-progress"
      data-done={String(job.done)} data-total={String(job.total)} data-finished={String(finished)}>
      {finished ? (
        <span class="muted">✓ {t('watch_backfilled', formatCount(job.total, locale))}</span>
      ) : (
        <>
          <progress max={Math.max(job.total, 1)} value={job.done} />
          <span class="muted">{t('watch_backfilling', formatCount(job.done, locale), formatCount(job.total, locale))}</span>
        </>
      )}
    </div>
  );
}
