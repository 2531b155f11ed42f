// One Instagram media or comment object → a record. Two shapes: the current web app's v1/xdt
// objects (`code`, `pk`, `taken_at`, `user`) and the legacy GraphQL ones (`shortcode`,
// `taken_at_timestamp`, `owner`, `edge_*`). Facts: ../shared/docs/platforms.md §11.
import { recordId, type Author, type Comment, type Media, type Metrics, type Post, type Source } from '../model';
import { parseCount } from '../parse/count';
import { parseTime } from '../parse/time';
import { arrayOf, definedOnly, isObject, objectAt, textOf, type Json } from './json';

const NATIVE_ID = /^\d{1,25}$/;
const SITE = 'https://www.instagram.com';

/** pk is a number or a digit string; v1 `id` is `{pk}_{ownerId}`, legacy `id` is the bare pk. */
export function nativeIdOf(item: Json): string | undefined {
  for (const value of [item.pk, item.id]) {
    const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : textOf(value)?.split('_')[0];
    if (text && NATIVE_ID.test(text)) return text;
  }
  return undefined;
}

function authorOf(user: unknown): Author | undefined {
  if (!isObject(user)) return undefined;
  const id = nativeIdOf(user);
  const handle = textOf(user.username);
  if (!id || !handle) return undefined;
  return definedOnly<Author>({
    id: recordId('instagram', id),
    platform: 'instagram',
    name: textOf(user.full_name) ?? handle,
    handle,
    url: `${SITE}/${encodeURIComponent(handle)}/`,
    followers: parseCount(user.follower_count ?? objectAt(user, 'edge_followed_by')?.count),
    verified: typeof user.is_verified === 'boolean' ? user.is_verified : undefined,
  });
}

/** Ads in feeds: `product_type: "ad"` or a link into Facebook's ad library (Zeeschuimer skips the same). */
export function isAd(item: Json): boolean {
  const link = textOf(item.link);
  return item.product_type === 'ad' || Boolean(link?.startsWith('https://www.facebook.com/ads/'));
}

/** Looks like a media object of either shape (so a broken one is counted, not ignored). */
export function isMediaLike(item: Json): boolean {
  if (typeof item.shortcode === 'string') return true;
  return typeof item.code === 'string' && ('taken_at' in item || 'media_type' in item);
}

function mediaOf(item: Json): Media {
  if (item.media_type === 2 || item.is_video === true || item.__typename === 'GraphVideo') return 'video';
  if (item.media_type === 8 && arrayOf(item.carousel_media).some((part) => isObject(part) && part.media_type === 2)) return 'video';
  return 'image';
}

function captionOf(item: Json): string {
  const v1 = textOf(objectAt(item, 'caption')?.text);
  const legacyEdge = arrayOf(objectAt(item, 'edge_media_to_caption')?.edges)[0];
  return v1 ?? textOf(objectAt(legacyEdge, 'node')?.text) ?? '';
}

function metricsOf(item: Json): Metrics {
  // With like_and_view_counts_disabled the numbers the API still sends are not what people see.
  const hidden = item.like_and_view_counts_disabled === true;
  const likes = parseCount(item.like_count ?? objectAt(item, 'edge_media_preview_like')?.count ?? objectAt(item, 'edge_liked_by')?.count);
  const comments = parseCount(item.comment_count ?? objectAt(item, 'edge_media_to_parent_comment')?.count
    ?? objectAt(item, 'edge_media_to_comment')?.count);
  const views = parseCount(item.play_count ?? item.view_count ?? item.video_view_count ?? item.video_play_count);
  return definedOnly({ likes: hidden ? undefined : likes, comments, views: hidden ? undefined : views });
}

export function postOf(item: Json, capturedAt: string, source: Source): Post | undefined {
  const id = nativeIdOf(item);
  const code = textOf(item.code) ?? textOf(item.shortcode);
  const author = authorOf(item.user ?? item.owner);
  if (!id || !code || !/^[\w-]+$/.test(code) || !author) return undefined;
  const path = item.product_type === 'clips' ? 'reel' : 'p';
  return definedOnly<Post>({
    kind: 'post',
    id: recordId('instagram', id),
    platform: 'instagram',
    capturedAt,
    url: `${SITE}/${path}/${code}/`,
    author,
    text: captionOf(item),
    media: mediaOf(item),
    createdAt: parseTime(item.taken_at ?? item.taken_at_timestamp, capturedAt),
    metrics: metricsOf(item),
    source,
  });
}

export interface CommentPlace {
  postId?: string;
  parentId?: string;
}

/** v1/xdt comment (`pk`, `user`, `comment_like_count`, `child_comment_count`) or legacy node (`id`, `owner`, `edge_liked_by`). */
export function commentOf(item: Json, place: CommentPlace, capturedAt: string, source: Source): Comment | undefined {
  const id = nativeIdOf(item);
  const author = authorOf(item.user ?? item.owner);
  const text = textOf(item.text);
  const mediaId = textOf(item.media_id) ?? (typeof item.media_id === 'number' ? String(item.media_id) : undefined);
  const postId = place.postId ?? (mediaId && NATIVE_ID.test(mediaId) ? mediaId : undefined);
  if (!id || !author || text === undefined || !postId) return undefined;
  const parent = place.parentId ?? textOf(item.parent_comment_id) ?? (typeof item.parent_comment_id === 'number' ? String(item.parent_comment_id) : undefined);
  return definedOnly<Comment>({
    kind: 'comment',
    id: recordId('instagram', id),
    platform: 'instagram',
    capturedAt,
    postId: recordId('instagram', postId),
    parentId: parent && NATIVE_ID.test(parent) && parent !== id ? recordId('instagram', parent) : undefined,
    author,
    text,
    createdAt: parseTime(item.created_at, capturedAt),
    metrics: definedOnly({
      likes: parseCount(item.comment_like_count ?? objectAt(item, 'edge_liked_by')?.count),
      replies: parseCount(item.child_comment_count ?? objectAt(item, 'edge_threaded_comments')?.count),
    }),
    source,
  });
}
