import type { CheckComment } from '../lib/analytics/page-check';
import { formatCount, t, uiLocale } from '../lib/i18n';
import { CorrectLabel, type CorrectSentiment } from './CorrectLabel';
import { safeHref } from './TabItems';

interface PageCheckCommentProps {
  comment: CheckComment;
  onCorrect: CorrectSentiment;
  testId?: string;
  /** Heading shown above the text, e.g. "Most-liked negative". */
  caption?: string;
}

/** One comment with its (effective) label, likes, link and the correction buttons. */
export function PageCheckComment({ comment, onCorrect, testId = 'check-comment', caption }: PageCheckCommentProps) {
  const locale = uiLocale();
  const href = safeHref(comment.url);
  const labelText = comment.label ? t(`check_${comment.label}`) : t('check_unlabelled');
  return (
    <li class={`check-comment tone-${comment.label ?? 'none'}`} data-testid={testId} data-id={comment.id}
      data-label={comment.label ?? ''} data-corrected={String(comment.corrected)}>
      {caption && <h3 class="check-caption">{caption}</h3>}
      <p class="check-text">{comment.text || t('itemNoText')}</p>
      <div class="check-foot">
        <span class={`label-chip tone-${comment.label ?? 'none'}`}>
          {labelText}
          {comment.corrected && <span class="corrected-mark"> · {t('check_corrected')}</span>}
        </span>
        <span class="check-meta">
          <span class="check-author">{comment.authorName}</span>
          {' · '}
          <span data-testid="check-likes" data-value={String(comment.likes)}>{t('metricLikes', formatCount(comment.likes, locale))}</span>
          {href && (
            <>
              {' · '}
              <a href={href} target="_blank" rel="noopener noreferrer">{t('itemOpen')} ↗</a>
            </>
          )}
        </span>
        <CorrectLabel recordId={comment.id} label={comment.label} corrected={comment.corrected} onCorrect={onCorrect} />
      </div>
    </li>
  );
}
