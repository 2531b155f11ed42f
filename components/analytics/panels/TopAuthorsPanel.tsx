// Who drives the conversation: authors by reach × engagement, with the net sentiment of their posts.
import { topAuthors } from '../../../lib/analytics/top-authors';
import type { StoredPost } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import { platformName } from '../../platformName';
import { Panel } from '../Panel';
import { showCount, showNet } from './format';
import { Empty, Loading } from './states';

export function TopAuthorsPanel({ posts }: { posts?: StoredPost[] }) {
  const rows = posts ? topAuthors(posts) : undefined;
  const csv = () => ({
    header: [t('an_p_colAuthor'), t('an_p_colPlatform'), t('an_p_colProfile'), t('an_p_colFollowers'), t('an_p_colPosts'), t('an_p_colEngagement'), t('an_p_colNetSentiment')],
    rows: (rows ?? []).map((row) => [row.name, platformName(row.platform), row.url, row.followers, row.posts, row.engagement, row.netSentiment]),
  });
  return (
    <Panel name="authors" title={t('an_p_authorsTitle')} note={t('an_p_authorsNote')} csv={csv}>
      {!rows ? <Loading /> : rows.length === 0 ? <Empty /> : (
        <table class="an-table">
          <thead>
            <tr>
              <th scope="col">{t('an_p_colAuthor')}</th><th scope="col">{t('an_p_colPlatform')}</th><th scope="col" class="num">{t('an_p_colFollowers')}</th>
              <th scope="col" class="num">{t('an_p_colPosts')}</th><th scope="col" class="num">{t('an_p_colEngagement')}</th><th scope="col" class="num">{t('an_p_colNetSentiment')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="top-author" data-id={row.id}>
                <th scope="row" class="an-cell-text">
                  {row.url ? <a href={row.url} target="_blank" rel="noreferrer">{row.name}</a> : row.name}
                  {row.handle && <small class="muted"> @{row.handle}</small>}
                </th>
                <td>{platformName(row.platform)}</td>
                <td class="num">{showCount(row.followers)}</td>
                <td class="num">{showCount(row.posts)}</td>
                <td class="num">{showCount(row.engagement)}</td>
                <td class={`num ${netClass(row.netSentiment)}`}>{showNet(row.netSentiment)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

export const netClass = (net: number | undefined): string => (net === undefined || net === 0 ? '' : net > 0 ? 'an-up' : 'an-down');
