// Gathers Douyin records from API bodies and embedded state, once each, counting what it had to skip.
import type { Author, Source } from '../model';
import { field, idField, isObject, type Json, objectField } from './douyin-fields';
import { type CommentPlace, toAuthor, toComment, toPost, toTrend } from './douyin-records';
import type { ParseContext } from './types';
import { RecordBag } from './record-bag';

// Embedded state can be large; a page that nests deeper or wider than this is not worth the CPU.
const MAX_DEPTH = 48;
const MAX_NODES = 400_000;

function parseJsonString(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function looksLikeComment(node: Json): boolean {
  return idField(node, 'cid') !== undefined && typeof field(node, 'text') === 'string' && isObject(field(node, 'user'));
}

/** `statistics` and `status` carry an aweme_id too; only the aweme itself has a desc or an author. */
function looksLikeAweme(node: Json): boolean {
  if (idField(node, 'aweme_id') === undefined) return false;
  return typeof field(node, 'desc') === 'string' || objectField(node, 'author', 'author_info') !== undefined;
}

export class DouyinCollector extends RecordBag {
  constructor(private readonly ctx: ParseContext, private readonly source: Source) {
    super();
  }

  aweme(aweme: unknown, pageAuthor?: Author): void {
    // /discover and /jingxuan cards carry the aweme as a JSON string.
    const value = typeof aweme === 'string' ? parseJsonString(aweme) : aweme;
    this.add(toPost(value, this.ctx, this.source, pageAuthor));
  }

  awemes(list: unknown): void {
    if (Array.isArray(list)) for (const aweme of list) this.aweme(aweme);
  }

  /** Root comments and the replies that ride along in `reply_comment`. */
  comments(items: unknown, place: CommentPlace): void {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      this.add(toComment(item, place, this.ctx, this.source));
      const replies = isObject(item) ? field(item, 'reply_comment') : undefined;
      const cid = isObject(item) ? idField(item, 'cid') : undefined;
      const postId = (isObject(item) ? idField(item, 'aweme_id') : undefined) ?? place.postId;
      if (Array.isArray(replies) && cid) this.comments(replies, { postId, parentId: cid });
    }
  }

  trends(entries: unknown): void {
    if (!Array.isArray(entries)) return;
    entries.forEach((entry, index) => this.add(toTrend(entry, index, this.ctx)));
  }

  /** General-search `data[]` cards: a video card, a mix (合集), or a card that groups other cards. */
  searchCards(cards: unknown[]): void {
    for (const card of cards) {
      if (!isObject(card)) continue;
      if (card.aweme_info !== undefined) this.aweme(card.aweme_info);
      // Search results show a card's top comments under it.
      this.comments(card.comment_list, { postId: isObject(card.aweme_info) ? idField(card.aweme_info, 'aweme_id') : undefined });
      const mix = objectField(card, 'aweme_mix_info');
      if (mix) this.awemes(mix.mix_items);
      const attached = objectField(objectField(card, 'card_info') ?? {}, 'attached_info');
      if (attached) this.awemes(attached.aweme_list);
      this.awemes(card.aweme_list);
      if (Array.isArray(card.sub_card_list)) this.searchCards(card.sub_card_list);
    }
  }

  /**
   * Embedded state has no fixed shape across page kinds and releases: walk it and take every aweme,
   * comment and hot list found, in either spelling.
   */
  walk(root: unknown, place: CommentPlace): void {
    let budget = MAX_NODES;
    const visit = (node: unknown, depth: number): void => {
      if (budget-- <= 0 || depth > MAX_DEPTH || typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) {
        for (const child of node) visit(child, depth + 1);
        return;
      }
      const object = node as Json;
      if (looksLikeComment(object)) {
        this.comments([object], place);
        return;
      }
      if (this.userPage(object)) return;
      if (looksLikeAweme(object)) this.aweme(object);
      const hotList = field(object, 'word_list');
      if (Array.isArray(hotList)) this.trends(hotList);
      for (const child of Object.values(object)) visit(child, depth + 1);
    };
    visit(root, 0);
  }

  /** A user page's state: `{ user: { user: {…} }, post: { data: [aweme without author…] } }`. */
  private userPage(object: Json): boolean {
    const post = objectField(object, 'post');
    const user = objectField(objectField(object, 'user') ?? {}, 'user');
    if (!post || !user || !Array.isArray(post.data)) return false;
    const author = toAuthor(user);
    for (const aweme of post.data) this.aweme(aweme, author);
    return true;
  }
}
