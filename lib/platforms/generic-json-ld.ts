// schema.org postings and comments in a page's JSON-LD (forums, blogs and social sites mark up
// their posts for search engines) → 'web' posts and comments, with their interaction counters.
import { recordId, type Author, type CapturedRecord, type Comment, type Media, type Metrics, type Post } from '../model';
import { parseCount } from '../parse/count';
import { htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import type { ParseContext, ParseResult } from './types';

type Node = Record<string, unknown>;

// schema.org: BlogPosting, LiveBlogPosting and DiscussionForumPosting are kinds of SocialMediaPosting.
// Plain Article / NewsArticle are left out on purpose: they are publications, not people talking.
const POSTING_TYPES = new Set(['SocialMediaPosting', 'DiscussionForumPosting', 'BlogPosting', 'LiveBlogPosting']);
const METRIC_OF_ACTION: Record<string, keyof Metrics> = {
  LikeAction: 'likes', CommentAction: 'comments', ReplyAction: 'comments',
  ShareAction: 'shares', WatchAction: 'views', ViewAction: 'views', BookmarkAction: 'saves',
};
// Deep enough for WebPage → mainEntity → posting → comment → comment …, shallow enough for hostile input.
const MAX_DEPTH = 12;

function asNode(value: unknown): Node | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value.trim() || undefined;
  // PropertyValue / Language objects: {"value": …} or {"name": …}
  const node = asNode(value);
  return node ? asText(node.value ?? node.name ?? node['@id']) : undefined;
}

/** "https://schema.org/LikeAction", "LikeAction", {"@type": "LikeAction"} → "LikeAction". */
function typeNames(value: unknown): string[] {
  return list(value).flatMap((type) => {
    const name = typeof type === 'string' ? type : asText(asNode(type)?.['@type']);
    return name ? [name.replace(/^.*[/#:]/, '')] : [];
  });
}

export function absoluteUrl(value: unknown, base: string): string | undefined {
  const text = asText(value);
  if (!text || text.startsWith('_:')) return undefined; // a JSON-LD blank node names nothing on the web
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function metricsOf(node: Node): Metrics {
  const metrics: Metrics = {};
  for (const counter of list(node.interactionStatistic)) {
    const counterNode = asNode(counter);
    if (!counterNode) continue;
    const metric = typeNames(counterNode.interactionType).map((name) => METRIC_OF_ACTION[name]).find(Boolean);
    const count = parseCount(counterNode.userInteractionCount);
    if (metric && count !== undefined) metrics[metric] = (metrics[metric] ?? 0) + count;
  }
  metrics.comments ??= parseCount(node.commentCount);
  return Object.fromEntries(Object.entries(metrics).filter(([, count]) => count !== undefined));
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Person / Organization (or a bare name). Without a url the id is scoped to the site, since names
 * repeat across sites; without any author the site itself speaks.
 */
export function authorOf(value: unknown, page: PageFacts): Author {
  const node = asNode(list(value)[0]);
  const ownName = node ? asText(node.name) ?? asText(node.alternateName) : asText(list(value)[0]);
  const url = absoluteUrl(node?.url, page.url);
  const identifier = asText(node?.identifier) ?? ownName;
  const author: Author = {
    id: recordId('web', url ?? (identifier ? `${hostOf(page.url)}/${identifier}` : hostOf(page.url))),
    platform: 'web',
    name: ownName ?? page.siteName,
  };
  if (url) author.url = url;
  const handle = asText(node?.alternateName);
  if (handle && handle !== author.name) author.handle = handle;
  return author;
}

function mediaOf(node: Node, types: string[]): Media {
  const attached = [...list(node.video), ...list(node.image), ...list(node.sharedContent), ...list(node.associatedMedia)];
  const attachedTypes = attached.flatMap((item) => typeNames(asNode(item)?.['@type']));
  if (list(node.video).length || attachedTypes.includes('VideoObject')) return 'video';
  if (list(node.image).length || attachedTypes.includes('ImageObject')) return 'image';
  if (attachedTypes.includes('WebPage')) return 'link';
  return types.includes('BlogPosting') || types.includes('LiveBlogPosting') ? 'article' : 'text';
}

export interface PageFacts {
  /** Canonical URL of the page (link rel=canonical, og:url, else the page URL without its fragment). */
  url: string;
  siteName: string;
  ctx: ParseContext;
}

interface Found {
  records: CapturedRecord[];
  skipped: number;
  /** Comments found outside any posting; read after the walk, numbered apart from postings' comments. */
  looseComments: Node[];
}

interface Thread {
  postId: string;
  parentId?: string;
  /** "2.1" = first reply to the second comment. */
  position: string;
  /** Fragment of positional ids: postings' comments are #comment-N, comments outside any posting #page-comment-N. */
  fragment: string;
}

function common(node: Node, page: PageFacts) {
  const createdAt = parseTime(asText(node.datePublished) ?? asText(node.dateCreated), page.ctx.capturedAt);
  const lang = asText(node.inLanguage);
  return {
    platform: 'web' as const,
    capturedAt: page.ctx.capturedAt,
    author: authorOf(node.author ?? node.creator, page),
    text: htmlToText(asText(node.articleBody) ?? asText(node.text) ?? asText(node.description) ?? ''),
    metrics: metricsOf(node),
    source: 'embedded' as const,
    ...(createdAt ? { createdAt } : {}),
    ...(lang ? { lang } : {}),
  };
}

const COMMENT_TYPES = new Set(['Comment', ...POSTING_TYPES]);

/**
 * The `comment[]` of a posting or comment (forums mark replies as Comment, some as postings).
 * A comment without url or @id gets an id from its position, the only stable thing the page gives.
 */
function collectComments(parent: Node, thread: Thread, page: PageFacts, found: Found, depth: number): void {
  if (depth > MAX_DEPTH) return;
  list(parent.comment).forEach((value, index) => {
    const node = asNode(value);
    if (!node || !typeNames(node['@type']).some((type) => COMMENT_TYPES.has(type))) {
      found.skipped += 1;
      return;
    }
    const position = `${thread.position}${thread.position ? '.' : ''}${index + 1}`;
    const url = absoluteUrl(node.url ?? node['@id'], page.url);
    const id = url ? recordId('web', url) : `${thread.postId}#${thread.fragment}-${position}`;
    const comment: Comment = { ...common(node, page), id, kind: 'comment', postId: thread.postId };
    if (thread.parentId) comment.parentId = thread.parentId;
    if (url) comment.url = url;
    found.records.push(comment);
    collectComments(node, { ...thread, parentId: id, position }, page, found, depth + 1);
  });
}

function collectPosting(node: Node, types: string[], page: PageFacts, found: Found, depth: number): void {
  const url = absoluteUrl(node.url ?? node['@id'] ?? asNode(node.mainEntityOfPage)?.['@id'] ?? node.mainEntityOfPage, page.url)
    ?? page.url;
  const post: Post = { ...common(node, page), id: recordId('web', url), kind: 'post', url, media: mediaOf(node, types) };
  const title = asText(node.headline) ?? asText(node.name);
  if (title) post.title = title;
  found.records.push(post);
  collectComments(node, { postId: post.id, position: '', fragment: 'comment' }, page, found, depth + 1);
}

/** Walks a JSON-LD value (object, array, @graph) for postings; a posting's own comments are read with it. */
function walk(value: unknown, page: PageFacts, found: Found, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, page, found, depth + 1);
    return;
  }
  const node = asNode(value);
  if (!node) return;
  const types = typeNames(node['@type']);
  if (types.some((type) => POSTING_TYPES.has(type))) {
    collectPosting(node, types, page, found, depth);
    if (node.sharedContent) walk(node.sharedContent, page, found, depth + 1);
    return;
  }
  if (types.includes('Comment')) {
    found.looseComments.push(node);
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== '@context' && child !== null && typeof child === 'object') walk(child, page, found, depth + 1);
  }
}

/** A Comment on its own (not inside a posting) answers its parentItem, else the page itself. */
function collectLooseComments(found: Found, page: PageFacts): void {
  const byPost = new Map<string, Node[]>();
  for (const node of found.looseComments) {
    const parent = absoluteUrl(asNode(node.parentItem)?.url ?? asNode(node.parentItem)?.['@id'] ?? node.parentItem, page.url);
    const postId = recordId('web', parent ?? page.url);
    byPost.set(postId, [...(byPost.get(postId) ?? []), node]);
  }
  for (const [postId, comments] of byPost) {
    collectComments({ comment: comments }, { postId, position: '', fragment: 'page-comment' }, page, found, 0);
  }
}

/** Every posting and comment in the page's JSON-LD scripts; broken scripts and non-comment replies are counted as skipped. */
export function jsonLdRecords(doc: Document, page: PageFacts): ParseResult {
  const found: Found = { records: [], skipped: 0, looseComments: [] };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      found.skipped += 1; // sites ship broken JSON-LD more often than one would think
      continue;
    }
    walk(data, page, found);
  }
  collectLooseComments(found, page);
  return { records: found.records, skipped: found.skipped };
}
