// Which stored post (or comment) a save means: the one named, else the one open in the tab, by the
// popup's page-check rule (lib/analytics/page-check.ts), so the button saves what the popup shows.
import { tabPostId } from '../analytics/page-check';
import { tabUrlVariants } from '../analytics/tab-items';
import type { EarshotDb, StoredComment, StoredPost } from '../db';

export interface RecordQuery {
  pageUrl: string;
  recordId?: string;
  /** The link the user right-clicked: a post of this page with that URL wins (a timeline's post). */
  linkUrl?: string;
}

export async function resolveRecord(db: EarshotDb, query: RecordQuery): Promise<StoredPost | StoredComment | undefined> {
  if (query.recordId) return (await db.posts.get(query.recordId)) ?? (await db.comments.get(query.recordId));
  const urls = tabUrlVariants(query.pageUrl);
  const [posts, comments] = await Promise.all([
    db.posts.where('seenOn').anyOf(urls).distinct().toArray(),
    db.comments.where('seenOn').anyOf(urls).distinct().toArray(),
  ]);
  if (query.linkUrl) {
    const links = tabUrlVariants(query.linkUrl);
    const linked = posts.find((post) => links.includes(post.url));
    if (linked) return linked;
  }
  const postId = tabPostId(posts, comments, urls);
  if (!postId) return undefined;
  // The post may have been captured elsewhere (a feed) and only its comments on this page.
  return posts.find((post) => post.id === postId) ?? (await db.posts.get(postId));
}
