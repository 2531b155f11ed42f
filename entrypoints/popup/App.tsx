import { useEffect, useState } from 'preact/hooks';
import { AlertList } from '../../components/AlertList';
import { crisisDeskUrl, openCrisisDesk } from '../../components/crisis/open-desk';
import { readOpenAlerts } from '../../components/crisis/queries';
import type { EarshotDb } from '../../lib/db';
import { t } from '../../lib/i18n';
import { BrandMark } from '../../components/BrandMark';
import { CaptureHealth } from '../../components/CaptureHealth';
import { EmptyState } from '../../components/EmptyState';
import { HourlyChart } from '../../components/HourlyChart';
import { KpiCards } from '../../components/KpiCards';
import { PageCheck } from '../../components/PageCheck';
import { SaveExample } from '../../components/SaveExample';
import { readExampleCount, sendSaveExample } from '../../components/SaveExampleSend';
import { PlatformCounts } from '../../components/PlatformCounts';
import { PopupOverview } from '../../components/PopupOverview';
import { useOverviewRange } from '../../components/PopupOverviewRange';
import { TabItems } from '../../components/TabItems';
import { useLiveQuery } from '../../components/useLiveQuery';
import { useNow } from '../../components/useNow';
import { activeTabUrl } from './activeTab';
import { downloadLabels, sendCorrection } from './corrections';
import { readOverviewWindow } from './overview-queries';
import { readHealth, readHourly, readCorrectionCount, readOverview, readPageCheck, readTabItems } from './queries';

const HOUR = 3_600_000;

export function App({ db }: { db: EarshotDb }) {
  const now = useNow();
  const [tabUrl, setTabUrl] = useState<string>();
  useEffect(() => {
    void activeTabUrl(location.search).then(setTabUrl);
  }, []);

  const hourNumber = Math.floor(now / HOUR);
  const [overviewRange, setOverviewRange] = useOverviewRange();
  const overview = useLiveQuery(() => readOverview(db), [db]);
  const recent = useLiveQuery(() => readOverviewWindow(db, overviewRange, hourNumber * HOUR), [db, overviewRange, hourNumber]);
  const hourly = useLiveQuery(() => readHourly(db, hourNumber * HOUR), [db, hourNumber]);
  const health = useLiveQuery(() => readHealth(db), [db]);
  const tabView = useLiveQuery(async () => (tabUrl ? readTabItems(db, tabUrl) : undefined), [db, tabUrl]);
  const check = useLiveQuery(async () => (tabUrl ? readPageCheck(db, tabUrl) : undefined), [db, tabUrl]);
  const corrections = useLiveQuery(() => readCorrectionCount(db), [db]);
  const alerts = useLiveQuery(() => readOpenAlerts(db), [db]);
  const exampleCount = useLiveQuery(() => readExampleCount(db), [db]);

  const error = overview.error ?? hourly.error ?? health.error ?? tabView.error ?? check.error;
  const data = overview.value;
  const isEmpty = data && data.totals.posts + data.totals.comments + data.trends === 0;
  // For the benchmark and e2e: "kpis" once the totals are on screen, "overview" once the window's KPIs are.
  const ready = [data && 'kpis', recent.value?.range === overviewRange && 'overview'].filter(Boolean).join(' ');

  return (
    <main class="popup" data-ready={ready}>
      <header class="top">
        <div class="brand">
          <BrandMark />
          <h1>{t('extName')}</h1>
        </div>
        <div class="top-actions">
          <button type="button" class="link-button" data-testid="open-desk" onClick={() => void openCrisisDesk()}>{t('dash_title')} ↗</button>
          <span class="local-badge">{t('popupLocalOnly')}</span>
        </div>
      </header>
      {error && <p class="error" role="alert">{t('popupLoadError', error.message)}</p>}
      {!data && !error && <p class="muted loading">{t('popupLoading')}</p>}
      {alerts.value && <AlertList alerts={alerts.value} now={now} onOpenDesk={(hash) => void openCrisisDesk(hash)} />}
      <PopupOverview range={overviewRange} onRange={setOverviewRange} view={recent.value} error={recent.error}
        dashboardUrl={crisisDeskUrl} onOpenDashboard={(hash) => void openCrisisDesk(hash)} />
      {tabUrl && <SaveExample count={exampleCount.value} onSave={(labels) => sendSaveExample(tabUrl, labels)} />}
      {check.value && (
        <PageCheck view={check.value} corrections={corrections.value ?? 0} onCorrect={sendCorrection} onExport={() => downloadLabels(db)} />
      )}
      {data && <KpiCards totals={data.totals} />}
      {isEmpty && <EmptyState />}
      {data && !isEmpty && (
        <>
          {hourly.value && <HourlyChart buckets={hourly.value} />}
          <PlatformCounts counts={data.platforms} />
          <TabItems tabUrl={tabUrl} view={tabView.value} now={now} />
          {health.value && <CaptureHealth rows={health.value} now={now} />}
        </>
      )}
    </main>
  );
}
