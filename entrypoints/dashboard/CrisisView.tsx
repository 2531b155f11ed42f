// The crisis desk's list: open flags first, the level rules, and one watch's 7-day timeline.
import { useState } from 'preact/hooks';
import type { EarshotDb } from '../../lib/db';
import type { CrisisFlag } from '../../lib/crisis/types';
import { t, uiLocale } from '../../lib/i18n';
import type { Watch } from '../../lib/watch/types';
import { FlagList } from '../../components/crisis/FlagList';
import { LevelRules } from '../../components/crisis/LevelRules';
import { levelGuards, levelRuleRows } from '../../components/crisis/level-rules-view';
import { TimelineFor } from './TimelineFor';

interface CrisisViewProps {
  db: EarshotDb;
  flags: readonly CrisisFlag[];
  watches: readonly Watch[];
  now: number;
}

export function CrisisView({ db, flags, watches, now }: CrisisViewProps) {
  const names = new Map(watches.map((watch) => [watch.id, watch.name]));
  // The timeline starts on the watch of the worst open flag: that is the one being worked on.
  const [picked, setPicked] = useState<string>();
  const watchId = picked && names.has(picked) ? picked : flags[0]?.watchId ?? watches[0]?.id;
  return (
    <div class="crisis-view">
      <FlagList flags={flags} watchNames={names} now={now} hasWatches={watches.length > 0} />
      {watchId && (
        <div class="timeline-pick">
          <label>
            <span class="muted">{t('crisis_timelineFor')}</span>
            <select value={watchId} onChange={(event) => setPicked(event.currentTarget.value)}>
              {watches.map((watch) => <option key={watch.id} value={watch.id}>{watch.name}</option>)}
            </select>
          </label>
          <TimelineFor db={db} watchId={watchId} flags={flags} now={now} title={`${names.get(watchId) ?? ''} · ${t('crisis_timeline')}`} />
        </div>
      )}
      <LevelRules rows={levelRuleRows(uiLocale())} guards={levelGuards(uiLocale())} />
    </div>
  );
}
