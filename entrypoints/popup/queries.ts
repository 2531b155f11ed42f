// What the popup reads from the background's database. Each function is run inside liveQuery,
// so it re-runs whenever a table it touched changes.
import type { AdapterHealth, EarshotDb } from '../../lib/db';
import { capturesPerHour, windowStart, type HourBucket } from '../../lib/analytics/hourly';
import { pageCheck, tabPostId, type PageCheckView } from '../../lib/analytics/page-check';
import { platformCounts, type PlatformCount } from '../../lib/analytics/platform-counts';
import { tabItems, tabUrlVariants, type TabItemsView } from '../../lib/analytics/tab-items';
import { totalsFromStats, type Totals } from '../../lib/analytics/totals';
import { readAllTimeStats } from '../../components/analytics/queries';

export interface Overview {
  totals: Totals;
  trends: number;
  platforms: PlatformCount[];
}

/** The running totals kept at ingest (stats rows of hour ALL_TIME, one per platform): no record is read. */
export async function readOverview(db: EarshotDb): Promise<Overview> {
  const [rows, trends] = await Promise.all([readAllTimeStats(db), db.trends.count()]);
  const { totals, postsByPlatform, commentsByPlatform } = totalsFromStats(rows);
  return { totals, trends, platforms: platformCounts(postsByPlatform, commentsByPlatform) };
}

export async function readHourly(db: EarshotDb, now: number): Promise<HourBucket[]> {
  const rollups = await db.rollups.where('hour').aboveOrEqual(windowStart(now)).toArray();
  return capturesPerHour(rollups, now);
}

export async function readHealth(db: EarshotDb): Promise<AdapterHealth[]> {
  const rows = await db.health.toArray();
  return rows.sort((a, b) => (b.lastCaptureAt ?? '').localeCompare(a.lastCaptureAt ?? ''));
}

export async function readTabItems(db: EarshotDb, tabUrl: string): Promise<TabItemsView> {
  const urls = tabUrlVariants(tabUrl);
  const [posts, comments] = await Promise.all([
    db.posts.where('seenOn').anyOf(urls).distinct().toArray(),
    db.comments.where('seenOn').anyOf(urls).distinct().toArray(),
  ]);
  return tabItems(posts, comments);
}

/** The quick check of the post open in the tab; undefined when the tab shows no single post. */
export async function readPageCheck(db: EarshotDb, tabUrl: string): Promise<PageCheckView | undefined> {
  const urls = tabUrlVariants(tabUrl);
  const [posts, comments] = await Promise.all([
    db.posts.where('seenOn').anyOf(urls).distinct().toArray(),
    db.comments.where('seenOn').anyOf(urls).distinct().toArray(),
  ]);
  const postId = tabPostId(posts, comments, urls);
  if (!postId) return undefined;
  // All of the post's comments, also those captured on another page (a feed, the mobile site).
  const [post, postComments] = await Promise.all([
    db.posts.get(postId),
    db.comments.where('postId').equals(postId).toArray(),
  ]);
  return pageCheck(postId, post, postComments);
}

/** How many labelled examples the export would hold. */
export function readCorrectionCount(db: EarshotDb): Promise<number> {
  return db.corrections.count();
}
