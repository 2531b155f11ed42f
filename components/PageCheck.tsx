import type { PageCheckView } from '../lib/analytics/page-check';
import { MIN_SAMPLE } from '../lib/analytics/page-check';
import { formatCount, t, uiLocale } from '../lib/i18n';
import type { CorrectSentiment } from './CorrectLabel';
import { ExportLabels } from './PageCheckExport';
import { PageCheckComment } from './PageCheckComment';
import { PageCheckTopics } from './PageCheckTopics';
import { SentimentDoughnut } from './SentimentDoughnut';

export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatNet(net: number, locale: string): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(net);
}

interface PageCheckProps {
  view: PageCheckView;
  /** Corrections made so far, anywhere: what the export holds. */
  corrections: number;
  onCorrect: CorrectSentiment;
  onExport: () => Promise<void>;
}

/** The quick check of the post open in this tab (DESIGN.md test hook `page-check`). */
export function PageCheck({ view, corrections, onCorrect, onExport }: PageCheckProps) {
  const locale = uiLocale();
  const count = (label: 'positive' | 'neutral' | 'negative') => view.mix.find((slice) => slice.label === label)?.count ?? 0;
  const summary = t('check_chartSummary', view.sample, count('positive'), count('neutral'), count('negative'));
  const notes = [
    view.ownReplies > 0 ? t('check_ownReplies', view.ownReplies) : '',
    view.unscored > 0 ? t('check_unscored', view.unscored) : '',
  ].filter(Boolean);

  return (
    <section class="card check" data-testid="page-check" data-post-id={view.postId}>
      <div class="card-head">
        <h2>{t('check_title')}</h2>
        <span class="muted" data-testid="check-sample" data-value={String(view.sample)} title={t('check_basedOnHint')}>
          {t('check_basedOn', formatCount(view.sample, locale))}
        </span>
      </div>
      {view.post && (
        <p class="check-post" title={view.post.text}>
          <b>{view.post.authorName}</b> {view.post.text}
        </p>
      )}
      {view.total === 0 ? (
        <p class="muted">{t('check_noComments')}</p>
      ) : (
        <>
          <div class="check-summary">
            <SentimentDoughnut mix={view.mix} summary={summary}>
              {!view.tooFew && view.net !== undefined ? (
                <span data-testid="net-sentiment" data-value={view.net.toFixed(4)} title={t('check_netHint')}>
                  <strong>{formatNet(view.net, locale)}</strong>
                  <small>{t('check_net')}</small>
                </span>
              ) : (
                <strong class="muted">–</strong>
              )}
            </SentimentDoughnut>
            <ul class="mix">
              {view.mix.map(({ label, count, share }) => (
                <li key={label} class={`mix-row tone-${label}`} data-testid={`sentiment-${label}`}
                  data-count={String(count)} data-share={share.toFixed(4)}>
                  <span class="mix-label">{t(`check_${label}`)}</span>
                  <span class="mix-count">{formatCount(count, locale)}</span>
                  <span class="mix-share">{formatShare(share, locale)}</span>
                </li>
              ))}
            </ul>
          </div>
          {view.tooFew && (
            <p class="check-too-few" data-testid="check-too-few">{t('check_tooFew', view.sample, MIN_SAMPLE)}</p>
          )}
          {notes.length > 0 && <p class="muted small">{notes.join(' · ')}</p>}
          {(view.topNegative || view.topPositive) && (
            <ul class="check-quotes">
              {view.topNegative && (
                <PageCheckComment comment={view.topNegative} onCorrect={onCorrect} testId="top-negative" caption={t('check_topNegative')} />
              )}
              {view.topPositive && (
                <PageCheckComment comment={view.topPositive} onCorrect={onCorrect} testId="top-positive" caption={t('check_topPositive')} />
              )}
            </ul>
          )}
          <PageCheckTopics aspects={view.aspects} keywords={view.keywords} />
          <details class="check-all">
            <summary>{t('check_comments', formatCount(view.total, locale))}</summary>
            <ul class="check-list">
              {view.comments.map((comment) => <PageCheckComment key={comment.id} comment={comment} onCorrect={onCorrect} />)}
            </ul>
            {view.total > view.comments.length && <p class="muted small">{t('check_commentsShown', view.comments.length)}</p>}
          </details>
        </>
      )}
      <ExportLabels count={corrections} onExport={onExport} />
    </section>
  );
}
