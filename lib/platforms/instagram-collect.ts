// Walks an Instagram payload of any operation for media and comments. The web app renames its
// GraphQL roots often (xdt_api__v1__feed__timeline__connection, …__user_timeline_graphql_connection,
// …__media__shortcode__web_info, …), so objects are recognised by their fields, not by their path.
import type { CapturedRecord, Source } from '../model';
import { arrayOf, isObject, objectAt, type Json } from './json';
import { commentOf, isAd, isMediaLike, nativeIdOf, postOf, type CommentPlace } from './instagram-records';
import type { ParseResult } from './types';

const MAX_DEPTH = 40;
// v1 REST (`comments`, `child_comments`) and the preview lists media and comments carry.
const COMMENT_LISTS = ['comments', 'child_comments', 'preview_comments', 'preview_child_comments'];
// xdt comment connections: xdt_api__v1__media__media_id__comments__connection and kin.
const COMMENT_CONNECTION = /comments.*connection$/;

export class InstagramCollector {
  private readonly found = new Map<string, CapturedRecord>();
  skipped = 0;

  constructor(private readonly capturedAt: string, private readonly source: Source) {}

  private add(record: CapturedRecord | undefined): void {
    if (!record) this.skipped++;
    else if (!this.found.has(record.id)) this.found.set(record.id, record);
  }

  walk(node: unknown, place: CommentPlace = {}, depth = 0): void {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      for (const item of node) this.walk(item, place, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    if (isMediaLike(node)) return this.media(node, depth);
    for (const [key, value] of Object.entries(node)) {
      if (COMMENT_LISTS.includes(key) && Array.isArray(value)) this.comments(value, place);
      else if (COMMENT_CONNECTION.test(key)) this.comments(arrayOf(objectAt(value)?.edges).map((edge) => objectAt(edge, 'node')), place);
      else this.walk(value, place, depth + 1);
    }
  }

  private media(item: Json, depth: number): void {
    if (isAd(item)) return;
    const post = postOf(item, this.capturedAt, this.source);
    this.add(post);
    const postId = nativeIdOf(item);
    if (!post || !postId) return;
    this.legacyComments(item, postId);
    for (const key of COMMENT_LISTS) if (Array.isArray(item[key])) this.comments(item[key] as unknown[], { postId });
    // Reposted or shared media nest another media object; depth keeps a hostile payload bounded.
    if (depth < MAX_DEPTH && isObject(item.media)) this.walk(item.media, {}, depth + 1);
  }

  /** Legacy GraphQL: parent comments with their threaded replies; the preview list only when there is nothing else. */
  private legacyComments(item: Json, postId: string): void {
    const parents = objectAt(item, 'edge_media_to_parent_comment') ?? objectAt(item, 'edge_media_to_comment')
      ?? objectAt(item, 'edge_media_preview_comment');
    for (const edge of arrayOf(parents?.edges)) {
      const node = objectAt(edge, 'node');
      const comment = node && commentOf(node, { postId }, this.capturedAt, this.source);
      this.add(comment);
      if (!node || !comment) continue;
      const parentId = nativeIdOf(node);
      for (const reply of arrayOf(objectAt(node, 'edge_threaded_comments')?.edges)) {
        const replyNode = objectAt(reply, 'node');
        this.add(replyNode && commentOf(replyNode, { postId, parentId }, this.capturedAt, this.source));
      }
    }
  }

  comments(list: unknown[], place: CommentPlace): void {
    for (const item of list) {
      const comment = isObject(item) ? commentOf(item, place, this.capturedAt, this.source) : undefined;
      this.add(comment);
      if (!comment || !isObject(item)) continue;
      const replies = arrayOf(item.preview_child_comments);
      if (replies.length) this.comments(replies, { postId: comment.postId.slice('instagram:'.length), parentId: nativeIdOf(item) });
    }
  }

  result(): ParseResult {
    return { records: [...this.found.values()], skipped: this.skipped };
  }
}
