// A video (稿件) as the web API describes it → a Post. One reader for the three shapes that carry
// videos: x/web-interface/view `data` (also the video page's `videoData` and the hot lists' items:
// `owner` + `stat`), and search results (flat `author`/`mid`, `play`, `review`, `favorites`).
// Coins and danmaku have no place in Metrics: they are left out rather than folded into another count.
import type { Post, Source } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import { bilibiliAuthor, bvidOf, verifiedOf, videoNativeId, videoUrl } from './bilibili-ids';
import { definedOnly, idOf, isObject, objectAt, textOf } from './bilibili-json';
import type { ParseContext } from './types';

/** What the page knows about the uploader beyond the video object (the video page's `upData`, view/detail's `Card`). */
export interface UploaderFacts {
  followers?: unknown;
  verified?: boolean;
}

/** Search titles carry `<em class="keyword">` highlights and HTML entities. */
export function plainTitle(value: unknown): string | undefined {
  const title = textOf(value);
  return title ? htmlToText(title) || undefined : undefined;
}

/** An empty description is shown as "-" by the site; then the title is the only text there is. */
export function videoText(description: unknown, title: string | undefined): string {
  const desc = textOf(description);
  return desc && desc !== '-' ? desc : title ?? '';
}

export function toVideoPost(video: unknown, ctx: ParseContext, source: Source, uploader: UploaderFacts = {}): Post | undefined {
  if (!isObject(video)) return undefined;
  const aid = idOf(video.aid, video.id);
  const owner = objectAt(video, 'owner');
  const author = bilibiliAuthor({
    mid: owner?.mid ?? video.mid,
    name: owner?.name ?? video.author,
    followers: uploader.followers,
    verified: uploader.verified ?? verifiedOf(owner?.official, owner?.official_verify),
    // The province the video was published from, which the page shows as its IP属地.
    location: video.pub_location,
  });
  if (!aid || !author) return undefined;
  const stat = objectAt(video, 'stat') ?? {};
  const title = plainTitle(video.title);
  return definedOnly<Post>({
    id: recordId('bilibili', videoNativeId(aid)),
    platform: 'bilibili',
    kind: 'post',
    url: videoUrl(bvidOf(video.bvid), aid),
    author,
    // Search results carry an empty `desc` next to the real `description`.
    text: videoText(textOf(video.desc) ?? video.description, title),
    title,
    media: 'video',
    createdAt: parseTime(video.pubdate ?? video.ctime, ctx.capturedAt),
    metrics: definedOnly({
      views: parseCount(stat.view ?? video.play),
      likes: parseCount(stat.like ?? video.like),
      comments: parseCount(stat.reply ?? video.review),
      saves: parseCount(stat.favorite ?? video.favorites),
      shares: parseCount(stat.share),
    }),
    capturedAt: ctx.capturedAt,
    source,
  });
}
