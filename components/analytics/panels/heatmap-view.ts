// Pure helpers of the best-time panel: weekday names, the account list, the best slot, cell colours.
import type { HeatCell, Heatmap } from '../../../lib/analytics/view-types';
import type { StoredPost } from '../../../lib/db';
import type { Platform } from '../../../lib/model';

/** 0 = Monday: 1 Jan 2024 was a Monday. */
export function weekdayName(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + weekday));
}

export interface AccountOption {
  id: string;
  name: string;
  platform: Platform;
  posts: number;
}

/** Authors of `posts`, most posts first (ties by name), so a brand's own accounts are easy to find. */
export function accountsOf(posts: readonly StoredPost[]): AccountOption[] {
  const byId = new Map<string, AccountOption>();
  for (const post of posts) {
    const known = byId.get(post.author.id);
    if (known) known.posts += 1;
    else byId.set(post.author.id, { id: post.author.id, name: post.author.name || post.author.handle || post.author.id, platform: post.platform, posts: 1 });
  }
  return [...byId.values()].sort((a, b) => b.posts - a.posts || a.name.localeCompare(b.name));
}

/** Empty selection means every account. */
export function postsOfAccounts(posts: readonly StoredPost[], selected: ReadonlySet<string>): StoredPost[] {
  return selected.size === 0 ? [...posts] : posts.filter((post) => selected.has(post.author.id));
}

/** The cell with the highest median rate; more posts win a tie (a median of one post is weak evidence). */
export function bestCell(heatmap: Heatmap): HeatCell | undefined {
  let best: HeatCell | undefined;
  for (const cell of heatmap.cells) {
    if (cell.medianRate === undefined) continue;
    if (!best || cell.medianRate > best.medianRate! || (cell.medianRate === best.medianRate && cell.posts > best.posts)) best = cell;
  }
  return best;
}

/** Opacity 0.12…1 by rate relative to the highest; undefined = no posts there. */
export function cellStrength(rate: number | undefined, highest: number): number | undefined {
  if (rate === undefined) return undefined;
  return highest > 0 ? 0.12 + 0.88 * (rate / highest) : 0.12;
}
