import type { FlagEvidence as Evidence } from '../../lib/crisis/types';
import { formatCount, t, uiLocale } from '../../lib/i18n';
import { safeHref } from '../TabItems';
import { platformName } from '../platformName';

function EvidenceItem({ item, locale }: { item: Evidence; locale: string }) {
  const href = safeHref(item.url);
  const facts: string[] = [platformName(item.platform)];
  if (item.authorFollowers !== undefined) facts.push(t('crisis_followers', formatCount(item.authorFollowers, locale)));
  if (item.likes !== undefined) facts.push(t('crisis_likes', formatCount(item.likes, locale)));
  return (
    <li class="evidence" data-testid="flag-evidence" data-id={item.recordId} data-kind={item.kind}>
      <div class="item-head">
        <span class={`kind kind-${item.kind}`}>{t(item.kind === 'post' ? 'kindPost' : 'kindComment')}</span>
        <span class="author">{item.authorName || '—'}</span>
        <span class="muted evidence-facts">{facts.join(' · ')}</span>
      </div>
      <p class="evidence-text">{item.text || t('itemNoText')}</p>
      {href && (
        <a class="evidence-link" href={href} target="_blank" rel="noopener noreferrer">{t('crisis_openPage')} ↗</a>
      )}
    </li>
  );
}

export function FlagEvidence({ evidence }: { evidence: readonly Evidence[] }) {
  const locale = uiLocale();
  return (
    <section class="panel">
      <h2>{t('crisis_evidence')} <span class="count">{evidence.length}</span></h2>
      {evidence.length === 0 && <p class="muted">{t('crisis_noEvidence')}</p>}
      <ul class="evidence-list">
        {evidence.map((item) => <EvidenceItem key={item.recordId} item={item} locale={locale} />)}
      </ul>
    </section>
  );
}
