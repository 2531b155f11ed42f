// What posts talk about: their topics (Weibo's #话题#, everyone else's #hashtag) and the words they
// use, in Chinese and English. A term counts once per post, so one post repeating itself cannot top the list.
import type { StoredPost } from '../db';
import type { Platform } from '../model';
import { textToScore } from '../sentiment-store';
import { engagementFor } from './engagement';
import { isKeyword } from './page-check-keywords';
import type { KeywordRow } from './view-types';

export const TOPICS_AND_KEYWORDS_SHOWN = 30;
const MAX_TOPIC_CHARS = 40;

const URLS = /(?:https?:\/\/|www\.)\S+/giu;
// Weibo nicknames may hold Han characters and dashes.
const HANDLES = /@[\p{L}\p{N}_\-]+/gu;
// Weibo's emoticon alt text ([偷笑]) and Xiaohongshu's topic suffix (#话题[话题]#) are not words anyone wrote.
const BRACKET_TAGS = /\[[^[\]\s]{1,10}\]/gu;
// Weibo appends "<nickname>的秒拍视频" (or 的微博视频) to video posts.
const VIDEO_CAPTION = /\S*的(?:秒拍|微博)视频/gu;
const HAN = /\p{Script=Han}/u;
const HAS_LETTER = /\p{L}/u;
const HASHTAG = /#([\p{L}\p{N}_]+)/uy;

// Platform boilerplate and chatter the comment-keyword list does not need to drop but post text does.
const POST_STOP_WORDS = new Set(`
  秒拍 视频 网页链接 全文 展开 原图 我的 你的 他的 今天是 一起 特别 不要 只有 有人 所有 起来
  amp via i'm i’m don't don’t it’s that's that’s we're we’re you're you’re now see make much many still even
  well back going want need know think which while should every each other because after before first last
  same off yes never always thing things like lot getting
`.trim().split(/\s+/));

export interface PostTerms {
  topics: string[];
  words: string[];
}

/**
 * A Weibo-style #话题# between two hashes. Spaces at its edges mean two one-hash tags instead (#a #b);
 * only Weibo's topics hold inner spaces, elsewhere "#2026 第#" is a number and a stray hash.
 */
function pairedTopic(candidate: string, platform: Platform): boolean {
  return candidate.length > 0 && [...candidate].length <= MAX_TOPIC_CHARS && !candidate.includes('\n')
    && candidate === candidate.trim() && HAS_LETTER.test(candidate)
    && (platform === 'weibo' || (HAN.test(candidate) && !/\s/u.test(candidate)));
}

let segmenter: Intl.Segmenter | undefined;
// Function characters that never start or end a name; they break runs of single characters.
const PARTICLES = new Set([...'的了是在和与也就都很又还把被让给我你他她它这那吗呢吧啊呀哦嘛个一不没有要会着过得地之及或对从向于而但并才只再将']);
const MAX_JOINED = 4;

/**
 * Words of a text. The segmenter's dictionary lacks most brand and product names (拿铁, 测评, 瑞幸) and
 * splits them into single characters, which say nothing alone: a run of 2–4 such characters is kept
 * as one word, cut at particles; longer runs are sentences of unknown words and are dropped.
 */
export function postWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  let run = '';
  const endRun = () => {
    if (run.length >= 2 && run.length <= MAX_JOINED) words.push(run);
    run = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike && segment.length === 1 && HAN.test(segment) && !PARTICLES.has(segment)) {
      run += segment;
      continue;
    }
    endRun();
    if (isWordLike) words.push(segment.toLowerCase());
  }
  endRun();
  return words.filter((word) => isKeyword(word) && !POST_STOP_WORDS.has(word));
}

/** Topics and words of one post's title and text; never URLs, @handles or bare numbers. */
export function termsOf(post: { platform: Platform; text: string; title?: string }): PostTerms {
  const text = textToScore(post).replace(URLS, ' ').replace(HANDLES, ' ').replace(BRACKET_TAGS, ' ').replace(VIDEO_CAPTION, ' ');
  const topics: string[] = [];
  let rest = '';
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] !== '#') {
      rest += text[i];
      continue;
    }
    const close = text.indexOf('#', i + 1);
    const candidate = close > i ? text.slice(i + 1, close) : '';
    if (pairedTopic(candidate, post.platform)) {
      topics.push(candidate.toLowerCase());
      i = close;
      rest += ' ';
      continue;
    }
    HASHTAG.lastIndex = i;
    const tag = HASHTAG.exec(text)?.[1];
    if (tag && HAS_LETTER.test(tag)) topics.push(tag.toLowerCase());
    if (tag) i += tag.length; // a bare number after # (#4, 第#44期) is dropped, not read as a word
    rest += ' ';
  }
  return { topics, words: postWords(rest) };
}

interface Tally {
  isTopic: boolean;
  term: string;
  posts: number;
  engagement?: number;
}

/** Terms by how many posts use them; on a tie topics first (someone chose them), then by those posts' engagement. */
export function topKeywords(posts: readonly StoredPost[], limit = TOPICS_AND_KEYWORDS_SHOWN): KeywordRow[] {
  const tallies = new Map<string, Tally>();
  for (const post of posts) {
    const { topics, words } = termsOf(post);
    const engagement = engagementFor(post.platform, post.metrics);
    const terms = new Map<string, Pick<Tally, 'isTopic' | 'term'>>();
    for (const term of topics) terms.set(`#${term}`, { isTopic: true, term });
    for (const term of words) terms.set(` ${term}`, { isTopic: false, term });
    for (const [key, { isTopic, term }] of terms) {
      const tally = tallies.get(key) ?? { isTopic, term, posts: 0 };
      tally.posts += 1;
      if (engagement !== undefined) tally.engagement = (tally.engagement ?? 0) + engagement;
      tallies.set(key, tally);
    }
  }
  return [...tallies.values()]
    .sort((a, b) => b.posts - a.posts || Number(b.isTopic) - Number(a.isTopic) || (b.engagement ?? -1) - (a.engagement ?? -1) || a.term.localeCompare(b.term))
    .slice(0, limit)
    .map(({ term, isTopic, posts: count, engagement }) => ({ term, isTopic, posts: count, engagement }));
}
