import type { AspectCount } from '../lib/analytics/page-check';
import type { Keyword } from '../lib/analytics/page-check-keywords';
import { t } from '../lib/i18n';

/** What the comments are about: the analyzer's aspects, then the words they keep using. */
export function PageCheckTopics({ aspects, keywords }: { aspects: readonly AspectCount[]; keywords: readonly Keyword[] }) {
  if (aspects.length === 0 && keywords.length === 0) return null;
  return (
    <div class="check-topics">
      {aspects.length > 0 && (
        <div class="topic-row" data-testid="check-aspects">
          <span class="topic-head">{t('check_aspects')}</span>
          {aspects.map(({ aspect, count, negative }) => (
            <span key={aspect} class={`topic${negative * 2 > count ? ' tone-negative' : ''}`} data-aspect={aspect}
              data-count={String(count)} title={t('check_aspectNegative', negative)}>
              {t(`check_aspect_${aspect}`)} <b>{count}</b>
            </span>
          ))}
        </div>
      )}
      {keywords.length > 0 && (
        <div class="topic-row" data-testid="check-keywords">
          <span class="topic-head">{t('check_keywords')}</span>
          {keywords.map(({ term, count, tone }) => (
            <span key={term} class={`topic tone-${tone}`} data-term={term} data-count={String(count)}>
              {term} <b>{count}</b>
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
