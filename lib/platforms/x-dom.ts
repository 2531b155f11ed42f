// X DOM fallback: reads the tweets the page shows when no GraphQL response was seen
// (hooks: ../shared/docs/platforms.md §7 "DOM"). Counts come from the action buttons' aria-labels,
// which X keeps exact ("2378 Likes. Liked") while the visible text is rounded ("2.3K").
import { recordId, type Media, type Metrics, type Post } from '../model';
import { parseCount } from '../parse/count';
import { htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import type { ParseContext, ParseResult } from './types';

const STATUS_PATH = /^(?:https?:\/\/(?:[a-z]+\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/status\/(\d+)(?:[/?#]|$)/;
const HANDLE = /@([A-Za-z0-9_]{1,15})/;
// A count at the start of a label: "76 Replies. Reply", "1.2K Likes", "1,234 reposts", "1.2万 喜欢".
// A Latin suffix must not run into a word ("8190 Bookmarks" is 8190, not 8190 billion).
const LEADING_COUNT = /\d[\d,.]*\s?(?:[KkMmBb](?![A-Za-z])|[万亿千])?/;

const NOT_LANGUAGES = new Set(['und', 'zxx']);
// ISO 639 reserves qaa–qtz for local use; X puts its pseudo-languages there (qme = media only,
// qht = hashtags only, …), so none of them says what language a text is in.
export function languageOf(lang: unknown): string | undefined {
  const code = typeof lang === 'string' ? lang : undefined;
  return code && !NOT_LANGUAGES.has(code) && !/^q[a-t][a-z]$/.test(code) ? code : undefined;
}

function countIn(label: string | null | undefined): number | undefined {
  const match = label ? LEADING_COUNT.exec(label) : null;
  return match ? parseCount(match[0].trim()) : undefined;
}

/** First labelled count among the buttons of these test ids (liked/bookmarked tweets swap `like` for `unlike`, …). */
function buttonCount(article: Element, testIds: string[]): number | undefined {
  const selector = testIds.map((id) => `[data-testid="${id}"]`).join(',');
  for (const button of Array.from(article.querySelectorAll(selector))) {
    const count = countIn(button.getAttribute('aria-label'));
    if (count !== undefined) return count;
  }
  return undefined;
}

function metricsOf(article: Element): Metrics {
  const replies = buttonCount(article, ['reply']);
  const views = Array.from(article.querySelectorAll('a[href$="/analytics"]'))
    .map((link) => countIn(link.getAttribute('aria-label')))
    .find((count) => count !== undefined);
  const metrics: Metrics = {
    likes: buttonCount(article, ['like', 'unlike']),
    comments: replies,
    replies,
    shares: buttonCount(article, ['retweet', 'unretweet']),
    saves: buttonCount(article, ['bookmark', 'removeBookmark']),
    views,
  };
  return Object.fromEntries(Object.entries(metrics).filter(([, value]) => value !== undefined));
}

/** The tweet's own permalink is the link around its timestamp; other status links may be a quoted tweet's. */
function permalinkOf(article: Element): RegExpExecArray | null {
  const timeLink = article.querySelector('time')?.closest('a[href*="/status/"]');
  const candidates = [timeLink, ...Array.from(article.querySelectorAll('a[href*="/status/"]'))];
  for (const link of candidates) {
    const match = link ? STATUS_PATH.exec(link.getAttribute('href') ?? '') : null;
    if (match) return match;
  }
  return null;
}

function textOf(element: Element | null): string {
  return element ? htmlToText(element.innerHTML) : '';
}

function mediaOf(article: Element): Media {
  if (article.querySelector('[data-testid="twitterArticleReadView"]')) return 'article';
  if (article.querySelector('video')) return 'video';
  if (article.querySelector('[data-testid="tweetPhoto"]')) return 'image';
  return article.querySelector('[data-testid="card.wrapper"]') ? 'link' : 'text';
}

function postOf(article: Element, ctx: ParseContext): Post | undefined {
  const permalink = permalinkOf(article);
  if (!permalink) return undefined;
  const [, linkHandle, nativeId] = permalink;
  const userName = article.querySelector('[data-testid="User-Name"]');
  const handle = HANDLE.exec(userName?.textContent ?? '')?.[1] ?? linkHandle;
  const name = textOf(userName?.querySelector('a') ?? null) || handle;
  // X Articles (long-form) show a title and a rich-text body instead of tweetText.
  const title = textOf(article.querySelector('[data-testid="twitter-article-title"]')) || undefined;
  const text = textOf(article.querySelector('[data-testid="tweetText"]'))
    || textOf(article.querySelector('[data-testid="twitterArticleRichTextView"]'));
  const createdAt = parseTime(article.querySelector('time[datetime]')?.getAttribute('datetime'), ctx.capturedAt);
  const lang = languageOf(article.querySelector('[data-testid="tweetText"][lang]')?.getAttribute('lang'));
  const post: Post = {
    id: recordId('x', nativeId),
    platform: 'x',
    kind: 'post',
    capturedAt: ctx.capturedAt,
    url: `https://x.com/${handle}/status/${nativeId}`,
    // The DOM shows no numeric user id; the handle stands in ("@" keeps it apart from numeric ids).
    author: { id: recordId('x', `@${handle}`), platform: 'x', name, handle, url: `https://x.com/${handle}` },
    text,
    media: mediaOf(article),
    metrics: metricsOf(article),
    source: 'dom',
  };
  if (title) post.title = title;
  if (createdAt) post.createdAt = createdAt;
  if (lang) post.lang = lang;
  return post;
}

/**
 * Every `article[data-testid="tweet"]` → a post. The DOM does not say reliably which tweet answers
 * which (a status page mixes ancestors, replies and "discover more"), so threading is left to the
 * GraphQL reader, which sees the same tweets on the same page.
 */
export function xFromDom(doc: Document, ctx: ParseContext): ParseResult {
  const records: Post[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const article of Array.from(doc.querySelectorAll('article[data-testid="tweet"]'))) {
    const post = postOf(article, ctx);
    if (!post) skipped += 1;
    else if (!seen.has(post.id)) {
      seen.add(post.id);
      records.push(post);
    }
  }
  return { records, skipped };
}
