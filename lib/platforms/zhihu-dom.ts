// Zhihu markup, read when no API response or embedded state has the item:
// - the React cards (`.ContentItem[data-zop]` with schema.org `itemprop` metas), as on column, people
//   and search pages (fixtures/zhihu/zhihu_column_page_dom_2021.html);
// - the RETIRED 2015 server-rendered question page (`div.zm-item-answer` with data-atoken /
//   data-created and `.zm-votebar .count`). Zhihu no longer serves it; it is read because saved pages
//   of that era exist and it costs one function.
import type { Author, CapturedRecord, Post } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import type { ParseContext } from './types';
import { absoluteUrl, definedOnly, idOf, pick, textOf } from './zhihu-json';
import { CONTENT_TYPES, type ContentType, contentUrl, postId, toAuthor, type UserLookup } from './zhihu-records';

export interface DomResult {
  records: CapturedRecord[];
  skipped: number;
}

function readJsonAttribute(element: Element, name: string): unknown {
  const raw = element.getAttribute(name);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The card's own metas: an answer card nests its author's `url` / `name` metas in `[itemprop=author]`. */
function cardMetas(card: Element): Map<string, string> {
  const metas = new Map<string, string>();
  for (const meta of Array.from(card.querySelectorAll('meta[itemprop]'))) {
    const owner = meta.parentElement?.closest('[itemprop]');
    if (owner && owner !== card) continue;
    const prop = meta.getAttribute('itemprop') ?? '';
    if (!metas.has(prop)) metas.set(prop, meta.getAttribute('content') ?? '');
  }
  return metas;
}

function cardAuthor(card: Element, zop: unknown, extra: unknown, users?: UserLookup): Author | undefined {
  const hash = idOf(pick(pick(pick(extra, 'card'), 'content'), 'author_member_hash_id'));
  const known = hash && users ? toAuthor(hash, users) : undefined;
  if (known) return known;
  const box = card.querySelector('[itemprop="author"]');
  const profile = box?.querySelector('meta[itemprop="url"]')?.getAttribute('content');
  const token = profile ? /\/people\/([\w-]+)/.exec(profile)?.[1] : undefined;
  const name = textOf(box?.querySelector('meta[itemprop="name"]')?.getAttribute('content')) ?? textOf(pick(zop, 'authorName'));
  const id = hash ?? token;
  if (!id || !name) return undefined;
  return toAuthor({ id, url_token: token, name });
}

function voteCount(card: Element): number | undefined {
  const label = card.querySelector('.VoteButton--up')?.getAttribute('aria-label');
  const match = label ? /赞同\s*(.+)$/.exec(label.trim()) : null;
  return match ? parseCount(match[1]) : undefined;
}

function reactCard(card: Element, ctx: ParseContext, users?: UserLookup): Post | undefined {
  const zop = readJsonAttribute(card, 'data-zop');
  const extra = readJsonAttribute(card, 'data-za-extra-module');
  const type = pick(zop, 'type');
  const id = idOf(pick(zop, 'itemId'));
  if (!id || typeof type !== 'string' || !(CONTENT_TYPES as readonly string[]).includes(type)) return undefined;
  const kind = type as ContentType;
  const author = cardAuthor(card, zop, extra, users);
  if (!author) return undefined;
  const metas = cardMetas(card);
  const stats = pick(pick(extra, 'card'), 'content');
  const title = textOf(pick(zop, 'title')) ?? textOf(metas.get('headline')) ?? textOf(metas.get('name'));
  return definedOnly<Post>({
    id: postId(kind, id),
    platform: 'zhihu',
    kind: 'post',
    url: absoluteUrl(metas.get('url')) ?? contentUrl(kind, id),
    author,
    text: squash(card.querySelector('.RichText')?.textContent).slice(0, 100_000),
    title: title?.slice(0, 1000),
    media: kind === 'article' ? 'article' : kind === 'zvideo' ? 'video' : 'text',
    createdAt: parseTime(metas.get('datePublished') ?? metas.get('dateCreated') ?? pick(stats, 'publish_timestamp'), ctx.capturedAt),
    metrics: definedOnly({
      likes: parseCount(metas.get('upvoteCount')) ?? voteCount(card) ?? parseCount(pick(stats, 'upvote_num')),
      comments: parseCount(metas.get('commentCount')) ?? parseCount(pick(stats, 'comment_num')),
    }),
    capturedAt: ctx.capturedAt,
    source: 'dom',
  });
}

export function reactCards(doc: Document, ctx: ParseContext, users?: UserLookup): DomResult {
  const result: DomResult = { records: [], skipped: 0 };
  for (const card of Array.from(doc.querySelectorAll('.ContentItem[data-zop]'))) {
    const post = reactCard(card, ctx, users);
    if (post) result.records.push(post);
    else result.skipped++;
  }
  return result;
}

function legacyQuestion(doc: Document, pageUrl: string): { id?: string; title?: string } {
  const fromUrl = /\/question\/(\d+)/.exec(pageUrl)?.[1];
  const init = readJsonAttribute(doc.querySelector('#zh-question-answer-wrap') ?? doc.documentElement, 'data-init');
  const id = fromUrl ?? idOf(pick(pick(init, 'params'), 'url_token'));
  return { id, title: textOf(squash(doc.querySelector('#zh-question-title h2')?.textContent)) };
}

/** "20 条评论" is a count; "添加评论" (add a comment) is what the page shows instead of "0 条评论". */
function legacyCommentCount(answer: Element): number | undefined {
  const label = squash(answer.querySelector('a[name="addcomment"]')?.textContent);
  if (label === '添加评论') return 0;
  const match = /^([\d,.万千]+)\s*条评论$/.exec(label);
  return match ? parseCount(match[1]) : undefined;
}

function legacyAuthor(answer: Element): Author | undefined {
  const wrap = answer.querySelector('.zm-item-answer-author-wrap');
  const link = Array.from(wrap?.querySelectorAll('a[href*="/people/"]') ?? []).find((a) => squash(a.textContent) !== '');
  const token = link ? /\/people\/([\w-]+)/.exec(link.getAttribute('href') ?? '')?.[1] : undefined;
  if (token) return toAuthor({ url_token: token, name: squash(link?.textContent) });
  // Anonymous answers show only the words 匿名用户; they are one shared "anonymous" author.
  return squash(wrap?.textContent).startsWith('匿名用户')
    ? { id: recordId('zhihu', 'anonymous'), platform: 'zhihu', name: '匿名用户' }
    : undefined;
}

function legacyAnswer(answer: Element, question: { id?: string; title?: string }, ctx: ParseContext): Post | undefined {
  const id = idOf(answer.getAttribute('data-atoken'));
  const author = legacyAuthor(answer);
  if (!id || !author) return undefined;
  const body = answer.querySelector('.zm-editable-content');
  // Collapsed answers keep their body escaped in a hidden textarea.
  const html = body?.innerHTML ?? (answer.querySelector('textarea.content') as HTMLTextAreaElement | null)?.value ?? '';
  const votes = answer.querySelector('.zm-votebar .count')?.textContent ?? answer.querySelector('[data-votecount]')?.getAttribute('data-votecount');
  return definedOnly<Post>({
    id: postId('answer', id),
    platform: 'zhihu',
    kind: 'post',
    url: contentUrl('answer', id, question.id),
    author,
    text: htmlToText(html).slice(0, 100_000),
    title: question.title?.slice(0, 1000),
    media: 'text',
    createdAt: parseTime(answer.getAttribute('data-created'), ctx.capturedAt),
    metrics: definedOnly({ likes: parseCount(squash(votes)), comments: legacyCommentCount(answer) }),
    capturedAt: ctx.capturedAt,
    source: 'dom',
  });
}

export function legacyQuestionPage(doc: Document, ctx: ParseContext): DomResult {
  const result: DomResult = { records: [], skipped: 0 };
  const answers = Array.from(doc.querySelectorAll('div.zm-item-answer[data-atoken]'));
  if (answers.length === 0) return result;
  const question = legacyQuestion(doc, ctx.url);
  for (const answer of answers) {
    const post = legacyAnswer(answer, question, ctx);
    if (post) result.records.push(post);
    else result.skipped++;
  }
  return result;
}

/** Both layouts; a page has one or the other. */
export function zhihuDomRecords(doc: Document, ctx: ParseContext, users?: UserLookup): DomResult {
  const cards = reactCards(doc, ctx, users);
  const legacy = legacyQuestionPage(doc, ctx);
  return { records: [...cards.records, ...legacy.records], skipped: cards.skipped + legacy.skipped };
}
