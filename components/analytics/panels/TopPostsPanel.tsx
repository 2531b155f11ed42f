// The posts with the most engagement, each with its growth across captures (metric history of the
// shown posts only: ten small index reads, not a scan).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RateBasis } from '../../../lib/analytics/engagement';
import { historyPoints, topPosts } from '../../../lib/analytics/top-posts';
import type { HistoryPoint } from '../../../lib/analytics/view-types';
import type { EarshotDb, StoredPost } from '../../../lib/db';
import { formatDateTime, t, uiLocale } from '../../../lib/i18n';
import { platformName } from '../../platformName';
import { Panel } from '../Panel';
import { readHistories } from '../queries';
import { basisLabel, showCount, showPercent } from './format';
import { Sparkline } from './Sparkline';
import { Empty, Loading } from './states';

export function growthText(history: readonly HistoryPoint[]): string {
  const known = history.filter((point) => point.engagement !== undefined);
  if (known.length < 2) return t('an_p_oneCapture');
  return t('an_p_growthSummary', showCount(known[0]!.engagement), showCount(known.at(-1)!.engagement), known.length);
}

export function TopPostsPanel({ db, posts, basis }: { db: EarshotDb; posts?: StoredPost[]; basis: RateBasis }) {
  const rows = useMemo(() => (posts ? topPosts(posts, basis) : undefined), [posts, basis]);
  const [histories, setHistories] = useState<Map<string, HistoryPoint[]>>(new Map());
  const shownIds = rows?.map((row) => row.id).join('\n') ?? '';

  useEffect(() => {
    if (!posts || !rows?.length) return;
    let current = true;
    const byId = new Map(posts.map((post) => [post.id, post]));
    const shown = rows.map((row) => byId.get(row.id)!);
    readHistories(db, shown).then((snapshots) => {
      if (current) setHistories(new Map(shown.map((post) => [post.id, historyPoints(post, snapshots.get(post.id) ?? [])])));
    }, () => { /* no history: the rows still show, with one point each */ });
    return () => { current = false; };
  }, [db, shownIds]);

  const locale = uiLocale();
  const csv = () => ({
    header: [t('an_p_colPost'), t('an_p_colUrl'), t('an_p_colAuthor'), t('an_p_colPlatform'), t('an_p_colTime'), t('an_p_colEngagement'), `${t('an_p_colRate')} (${basisLabel(basis)})`, t('an_p_colGrowth')],
    rows: (rows ?? []).map((row) => [row.headline, row.url, row.authorName, platformName(row.platform), row.at, row.engagement, row.rate, growthText(histories.get(row.id) ?? [])]),
  });
  return (
    <Panel name="top-posts" title={t('an_p_postsTitle')} note={t('an_p_postsNote', basisLabel(basis))} csv={csv}>
      {!rows ? <Loading /> : rows.length === 0 ? <Empty /> : (
        <table class="an-table">
          <thead>
            <tr>
              <th scope="col">{t('an_p_colPost')}</th><th scope="col">{t('an_p_colAuthor')}</th><th scope="col">{t('an_p_colPlatform')}</th><th scope="col">{t('an_p_colTime')}</th>
              <th scope="col" class="num">{t('an_p_colEngagement')}</th><th scope="col" class="num">{t('an_p_colRate')}</th><th scope="col">{t('an_p_colGrowth')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const history = histories.get(row.id) ?? [];
              return (
                <tr key={row.id} data-testid="top-post" data-id={row.id}>
                  <th scope="row" class="an-cell-text"><a href={row.url} target="_blank" rel="noreferrer">{row.headline || row.url}</a></th>
                  <td>{row.authorName}</td>
                  <td>{platformName(row.platform)}</td>
                  <td class="nowrap"><time dateTime={row.at}>{formatDateTime(row.at, locale)}</time></td>
                  <td class="num">{showCount(row.engagement)}</td>
                  <td class="num">{showPercent(row.rate)}</td>
                  <td><Sparkline history={history} label={growthText(history)} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
