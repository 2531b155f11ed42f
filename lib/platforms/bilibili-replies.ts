// Comments (评论) of x/v2/reply, x/v2/reply/main (cursor mode, also under /wbi/) and
// x/v2/reply/reply (the replies of one root). Every reply names its comment area (`type`, `oid`)
// and its place in the thread: `root` (0 for a top-level comment) and `parent` (the reply it answers).
import type { Comment } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { parseTime } from '../parse/time';
import { areaNativeId, areaUrl, bilibiliAuthor, verifiedOf } from './bilibili-ids';
import { arrayOf, definedOnly, idOf, isObject, type Json, objectAt } from './bilibili-json';
import type { ParseContext } from './types';

/** The comment area named by the request, for replies that do not say (`type` & `oid` in the query). */
export interface ReplyArea {
  type?: string;
  oid?: string;
}

export function toReplyComment(reply: unknown, area: ReplyArea, ctx: ParseContext): Comment | undefined {
  if (!isObject(reply)) return undefined;
  const id = idOf(reply.rpid_str, reply.rpid);
  const type = reply.type ?? area.type;
  const oid = reply.oid ?? area.oid;
  const postId = areaNativeId(type, oid);
  const member = objectAt(reply, 'member');
  const author = bilibiliAuthor({
    mid: member?.mid ?? reply.mid,
    name: member?.uname,
    verified: verifiedOf(member?.official_verify),
    location: objectAt(reply, 'reply_control')?.location,
  });
  if (!id || !postId || !author) return undefined;
  // A reply to a reply names it in `parent`; a direct reply to a root has parent == root.
  const parentId = idOf(reply.parent_str, reply.parent) ?? idOf(reply.root_str, reply.root);
  const place = areaUrl(type, oid);
  const message = objectAt(reply, 'content')?.message;
  return definedOnly<Comment>({
    id: recordId('bilibili', id),
    platform: 'bilibili',
    kind: 'comment',
    postId: recordId('bilibili', postId),
    parentId: parentId && parentId !== id ? recordId('bilibili', parentId) : undefined,
    url: place ? `${place}#reply${id}` : undefined,
    author,
    text: typeof message === 'string' ? message.trim() : '',
    createdAt: parseTime(reply.ctime, ctx.capturedAt),
    metrics: definedOnly({ likes: parseCount(reply.like), replies: parseCount(reply.rcount) }),
    capturedAt: ctx.capturedAt,
    source: 'api',
  });
}

/**
 * Every reply object in a comment-list `data`, roots first, each followed by the sub-replies
 * embedded in it: the pinned one (`top_replies`, `upper.top`, `top.upper`), the hot ones (`hots`),
 * the page (`replies`), and x/v2/reply/reply's `root`. The same reply may appear twice (pinned and
 * in the page): the caller drops repeats by id.
 */
export function replyObjects(data: Json): unknown[] {
  const roots: unknown[] = [
    ...arrayOf(data.top_replies),
    objectAt(data, 'upper', 'top'),
    objectAt(data, 'top', 'upper'),
    objectAt(data, 'root'),
    ...arrayOf(data.hots),
    ...arrayOf(data.replies),
  ].filter((item) => item !== undefined && item !== null);
  const all: unknown[] = [];
  for (const root of roots) {
    all.push(root);
    if (isObject(root)) all.push(...arrayOf(root.replies));
  }
  return all;
}
