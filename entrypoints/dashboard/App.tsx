// The desk: a full-tab extension page with four views, Analytics, Crisis (flags, the default), Watchlist and Library (swipe file).
import { useMemo } from 'preact/hooks';
import type { EarshotDb } from '../../lib/db';
import { t } from '../../lib/i18n';
import { BrandMark } from '../../components/BrandMark';
import { useLiveQuery } from '../../components/useLiveQuery';
import { useNow } from '../../components/useNow';
import { readFlags, readWatches } from '../../components/crisis/queries';
import type { DashboardActions } from './actions';
import { analyticsQueryString, type AnalyticsQuery } from './analytics-route';
import { AnalyticsView } from './analytics/AnalyticsView';
import { CrisisView } from './CrisisView';
import { FlagView } from './FlagView';
import { libraryActionsFor, type LibraryActions } from './library-actions';
import { LibraryView } from './LibraryView';
import { routeHash } from './route';
import { useHashRoute } from './useHashRoute';
import { WatchlistView } from './WatchlistView';

export function App({ db, actions, library }: { db: EarshotDb; actions: DashboardActions; library?: LibraryActions }) {
  const now = useNow();
  const route = useHashRoute();
  const flags = useLiveQuery(() => readFlags(db), [db]);
  const watches = useLiveQuery(() => readWatches(db), [db]);
  const error = flags.error ?? watches.error;
  const ready = flags.value && watches.value;
  const tab = route.view === 'flag' ? 'crisis' : route.view;
  const libraryActions = useMemo(() => library ?? libraryActionsFor(db), [library, db]);
  const showAnalytics = (query: AnalyticsQuery) => {
    location.hash = routeHash({ view: 'analytics', query: analyticsQueryString(query) });
  };

  return (
    <div class="desk">
      <header class="desk-top">
        <div class="brand">
          <BrandMark />
          <h1>{t('extName')} <span class="muted">· {t('dash_title')}</span></h1>
        </div>
        <nav class="tabs">
          <a href="#analytics" data-testid="tab-analytics" aria-current={tab === 'analytics' ? 'page' : undefined}>{t('an_tab')}</a>
          <a href="#crisis" data-testid="tab-crisis" aria-current={tab === 'crisis' ? 'page' : undefined}>{t('dash_tabCrisis')}</a>
          <a href="#watchlist" data-testid="tab-watchlist" aria-current={tab === 'watchlist' ? 'page' : undefined}>{t('dash_tabWatchlist')}</a>
          <a href="#library" data-testid="tab-library" aria-current={tab === 'library' ? 'page' : undefined}>{t('library_tab')}</a>
        </nav>
        <span class="local-badge">{t('popupLocalOnly')}</span>
      </header>
      <main class="desk-main">
        {error && <p class="error" role="alert">{t('dash_loadError', error.message)}</p>}
        {!ready && !error && <p class="muted loading">{t('dash_loading')}</p>}
        {ready && route.view === 'analytics' && (
          <AnalyticsView db={db} query={route.query} watches={watches.value!} flags={flags.value!} now={now} onQuery={showAnalytics} />
        )}
        {ready && route.view === 'crisis' && <CrisisView db={db} flags={flags.value!} watches={watches.value!} now={now} />}
        {ready && route.view === 'flag' && (
          <FlagView db={db} flagId={route.flagId} flags={flags.value!} watches={watches.value!} now={now} actions={actions} />
        )}
        {ready && route.view === 'watchlist' && <WatchlistView db={db} watches={watches.value!} now={now} actions={actions} />}
        {ready && route.view === 'library' && <LibraryView db={db} actions={libraryActions} now={now} />}
      </main>
    </div>
  );
}
