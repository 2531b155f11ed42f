import type { EarshotDb } from '../../lib/db';
import type { CrisisFlag } from '../../lib/crisis/types';
import { t, uiLocale } from '../../lib/i18n';
import type { Watch } from '../../lib/watch/types';
import { FlagDetail } from '../../components/crisis/FlagDetail';
import { playbookFor } from '../../components/crisis/playbook-view';
import type { DashboardActions } from './actions';
import { TimelineFor } from './TimelineFor';

interface FlagViewProps {
  db: EarshotDb;
  flagId: string;
  flags: readonly CrisisFlag[];
  watches: readonly Watch[];
  now: number;
  actions: DashboardActions;
}

export function FlagView({ db, flagId, flags, watches, now, actions }: FlagViewProps) {
  const flag = flags.find((item) => item.id === flagId);
  if (!flag) {
    return (
      <div class="panel">
        <p class="muted">{t('crisis_notFound')}</p>
        <a href="#crisis">← {t('crisis_back')}</a>
      </div>
    );
  }
  const watch = watches.find((item) => item.id === flag.watchId);
  const locale = uiLocale();
  return (
    <FlagDetail flag={flag} watch={watch} now={now} onUpdate={(update) => actions.updateFlag(flag.id, update)}
      playbookFor={(type) => playbookFor(type, locale)}
      timeline={<TimelineFor db={db} watchId={flag.watchId} flags={flags} now={now} title={t('crisis_timeline')} />} />
  );
}
