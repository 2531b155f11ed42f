import type { PlatformCount } from '../lib/analytics/platform-counts';
import { formatCount, t, uiLocale } from '../lib/i18n';
import { platformName } from './platformName';

export function PlatformCounts({ counts }: { counts: readonly PlatformCount[] }) {
  if (counts.length === 0) return null;
  const locale = uiLocale();
  return (
    <section class="card">
      <h2>{t('platformsTitle')}</h2>
      <ul class="platforms">
        {counts.map((row) => (
          <li
            key={row.platform}
            class={`platform platform-${row.platform}`}
            data-testid="platform-count"
            data-platform={row.platform}
            data-value={String(row.total)}
            title={t('platformBreakdown', formatCount(row.posts, locale), formatCount(row.comments, locale))}
          >
            <span class="platform-name">{platformName(row.platform)}</span>
            <span class="platform-total">{formatCount(row.total, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
