// Any web page: schema.org postings in JSON-LD, else one post from the page's OpenGraph tags.
// Platform 'web'; the id of a page-level post is its canonical URL.
import { recordId, type CapturedRecord, type Media, type Post } from '../model';
import { parseTime } from '../parse/time';
import { absoluteUrl, authorOf, hostOf, jsonLdRecords, type PageFacts } from './generic-json-ld';
import type { Adapter, ParseContext, ParseResult } from './types';

function meta(doc: Document, key: string): string | undefined {
  const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return element?.getAttribute('content')?.trim() || undefined;
}

function pageFactsOf(doc: Document, ctx: ParseContext): PageFacts {
  const pageUrl = ctx.url.replace(/#.*$/, '');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = absoluteUrl(canonical, pageUrl) ?? absoluteUrl(meta(doc, 'og:url'), pageUrl) ?? pageUrl;
  return { url, siteName: meta(doc, 'og:site_name') ?? hostOf(url), ctx };
}

// Pages whose og:type says they are a site's front page or a person, not something someone posted.
const NOT_POSTS = new Set(['website', 'profile']);

function openGraphPost(doc: Document, page: PageFacts): Post | undefined {
  const title = meta(doc, 'og:title');
  const description = meta(doc, 'og:description');
  const type = meta(doc, 'og:type') ?? '';
  if ((!title && !description) || NOT_POSTS.has(type)) return undefined;
  const url = page.url;
  const media: Media = type.startsWith('video') || meta(doc, 'og:video') ? 'video'
    : type === 'article' ? 'article' : meta(doc, 'og:image') ? 'image' : 'text';
  const createdAt = parseTime(meta(doc, 'article:published_time'), page.ctx.capturedAt);
  // article:author is a profile URL as often as a name
  const authorName = meta(doc, 'author') ?? meta(doc, 'article:author');
  const author = authorName && /^https?:\/\//.test(authorName) ? { url: authorName } : authorName ? { name: authorName } : undefined;
  const post: Post = {
    id: recordId('web', url),
    platform: 'web',
    kind: 'post',
    capturedAt: page.ctx.capturedAt,
    url,
    author: authorOf(author, page),
    text: description ?? title ?? '',
    media,
    metrics: {},
    source: 'embedded',
  };
  if (title) post.title = title;
  if (createdAt) post.createdAt = createdAt;
  return post;
}

export function genericFromDocument(doc: Document, ctx: ParseContext): ParseResult {
  const page = pageFactsOf(doc, ctx);
  const { records, skipped } = jsonLdRecords(doc, page);
  if (!records.some((record) => record.kind === 'post')) {
    const post = openGraphPost(doc, page);
    if (post) records.push(post);
  }
  return { records: dedupe(records), skipped };
}

function dedupe(records: CapturedRecord[]): CapturedRecord[] {
  const byId = new Map<string, CapturedRecord>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  return [...byId.values()];
}

export const genericAdapter: Adapter = {
  name: 'generic',
  platform: 'web',
  hosts: [],
  responsePatterns: [],
  fromDocument: genericFromDocument,
};
