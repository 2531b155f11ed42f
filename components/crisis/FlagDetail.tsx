// One flag in full: level and why, evidence, response flow, playbook, history, webhook and the watch's timeline.
import type { ComponentChildren } from 'preact';
import type { CrisisFlag, CrisisType } from '../../lib/crisis/types';
import { formatDateTime, t, uiLocale } from '../../lib/i18n';
import type { Watch } from '../../lib/watch/types';
import { TypeTags } from './FlagCard';
import { FlagEvidence } from './FlagEvidence';
import { FlagFlow, type FlagUpdate } from './FlagFlow';
import { FlagHistory } from './FlagHistory';
import { FlagPlaybook } from './FlagPlaybook';
import { FlagReasons } from './FlagReasons';
import { LevelChip } from './LevelChip';
import { levelName } from './level';
import type { PlaybookView } from './playbook-view';
import { ResponseClock } from './ResponseClock';
import { WebhookStatus } from './WebhookStatus';

interface FlagDetailProps {
  flag: CrisisFlag;
  watch?: Watch;
  now: number;
  /** The watch's timeline (it reads the database itself), shown under the evidence. */
  timeline?: ComponentChildren;
  onUpdate(update: FlagUpdate): Promise<void>;
  playbookFor(type: CrisisType): PlaybookView | undefined;
}

export function FlagDetail({ flag, watch, now, timeline, onUpdate, playbookFor }: FlagDetailProps) {
  const locale = uiLocale();
  return (
    <article class={`flag-detail level-${flag.level}`} data-testid="flag-detail" data-id={flag.id} data-level={flag.level} data-stage={flag.stage}>
      <a class="back-link" href="#crisis">← {t('crisis_back')}</a>
      <header class="detail-head">
        <LevelChip level={flag.level} />
        <h1>{watch?.name ?? '—'}</h1>
        <div class="detail-meta">
          <TypeTags types={flag.types} />
          <span class="muted">{t('crisis_raisedAt', formatDateTime(flag.raisedAt, locale))}</span>
          {flag.peakLevel !== flag.level && <span class="muted">{t('crisis_peak', levelName(flag.peakLevel))}</span>}
          <ResponseClock flag={flag} now={now} />
        </div>
      </header>
      <div class="detail-grid">
        <div class="detail-main">
          <FlagReasons reasons={flag.reasons} />
          <FlagEvidence evidence={flag.evidence} />
          {timeline}
        </div>
        <div class="detail-side">
          <FlagFlow key={flag.id} flag={flag} onUpdate={onUpdate} />
          <FlagPlaybook types={flag.types} playbookFor={playbookFor} />
          <FlagHistory history={flag.history} />
          <WebhookStatus webhook={flag.webhook} configured={Boolean(watch?.webhook)} />
        </div>
      </div>
    </article>
  );
}
