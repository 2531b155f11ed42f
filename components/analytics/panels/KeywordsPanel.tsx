// The words and #topics# the posts in view use most, with a bar for each term's share of the top term.
import { topKeywords } from '../../../lib/analytics/keywords';
import type { StoredPost } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { Panel } from '../Panel';
import { showCount } from './format';
import { Empty, Loading } from './states';

export function KeywordsPanel({ posts }: { posts?: StoredPost[] }) {
  const rows = posts ? topKeywords(posts) : undefined;
  const most = Math.max(1, ...(rows ?? []).map((row) => row.posts));
  const csv = () => ({
    header: [t('an_p_colTerm'), t('an_p_colIsTopic'), t('an_p_colPosts'), t('an_p_colEngagement')],
    rows: (rows ?? []).map((row) => [row.term, row.isTopic ? 1 : 0, row.posts, row.engagement]),
  });
  return (
    <Panel name="keywords" title={t('an_p_kwTitle')} note={t('an_p_kwNote')} csv={csv}>
      {!rows ? <Loading /> : rows.length === 0 ? <Empty /> : (
        <table class="an-table">
          <thead>
            <tr><th scope="col">{t('an_p_colTerm')}</th><th scope="col">{t('an_p_colPosts')}</th><th scope="col" class="num">{t('an_p_colEngagement')}</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.term} data-testid="keyword-row" data-term={row.term} data-topic={row.isTopic ? 'true' : 'false'}>
                <th scope="row" class="an-cell-text">
                  {row.term}
                  {row.isTopic && <span class="an-badge" data-testid="topic-badge">{t('an_p_topicBadge')}</span>}
                </th>
                <td class="an-bar-cell">
                  <span class="an-bar" style={{ width: `${(100 * row.posts) / most}%` }} aria-hidden="true" />
                  <span class="num">{showCount(row.posts)}</span>
                </td>
                <td class="num">{showCount(row.engagement)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
