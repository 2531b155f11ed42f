// Opt-in, per platform, for the small Save button shown next to posts on hover (off everywhere by default).
import { t } from '../../lib/i18n';
import type { Platform } from '../../lib/model';
import { HOVER_PLATFORMS } from '../../lib/swipe/ui-hover';
import { platformName } from '../platformName';

interface HoverOptInProps {
  /** Undefined while storage is being read. */
  enabled?: readonly Platform[];
  onToggle(platform: Platform, on: boolean): void;
  error?: string;
}

export function HoverOptIn({ enabled, onToggle, error }: HoverOptInProps) {
  return (
    <details class="panel hover-opt-in" data-testid="library-hover">
      <summary>
        {t('library_hoverTitle')}
        <span class="muted"> · {enabled?.length ? enabled.map(platformName).join(', ') : t('library_hoverNone')}</span>
      </summary>
      <p class="muted">{t('library_hoverHint')}</p>
      <div class="checks">
        {HOVER_PLATFORMS.map((platform) => (
          <label key={platform} class="check">
            <input type="checkbox" data-testid={`library-hover-${platform}`} disabled={!enabled}
              checked={enabled?.includes(platform) ?? false} onChange={(event) => onToggle(platform, event.currentTarget.checked)} />
            {platformName(platform)}
          </label>
        ))}
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </details>
  );
}
