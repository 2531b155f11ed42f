// The words a post's comments keep coming back to, in Chinese, English or both.
// Intl.Segmenter splits Chinese into words without shipping a dictionary; document frequency (a word
// counts once per comment) keeps one long rant from filling the list.
import type { SentimentLabel } from '../sentiment-store';

export interface Keyword {
  term: string;
  /** Comments that use it. */
  count: number;
  /** How the comments using it lean. */
  tone: SentimentLabel;
}

export const KEYWORDS_SHOWN = 8;
/** Segmenting is the costly part; the most-liked comments are the ones worth reading anyway. */
const MAX_COMMENTS_READ = 1000;

// Words that carry no topic. Single Han characters are dropped anyway (mostly particles).
const STOP_WORDS = new Set(`
  一个 一下 一些 一直 不是 也不 也没 也是 什么 什么时候 今天 他们 你们 我们 只是 只能 可以 因为 所以 但是 还是
  就是 已经 这个 那个 那种 这样 这边 那边 这么 那么 怎么 为什么 现在 真的 有点 有些 没有 还有 而且 然后 如果
  自己 大家 时候 感觉 觉得 知道 的是 不会 都会 都是 了吧 吧 吗 啊 呢 哈哈 哈哈哈 转发 回复 微博
  the and for are but not you your yours with this that these those have has had was were will would can could
  just its it's his her they them their our ours from what when where who how why all any some more most very
  too also than then there here about into out over only really been being does did doing done get got one two
  https http www com
`.trim().split(/\s+/));

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[\p{Script=Latin}][\p{Script=Latin}'’-]*$/u;

let segmenter: Intl.Segmenter | undefined;

/** A lowercased word worth listing: two Han characters or more, or a Latin word of three letters or more, not a stop word. */
export function isKeyword(word: string): boolean {
  const useful = HAN.test(word) ? word.length >= 2 : LATIN_WORD.test(word) && word.length >= 3;
  return useful && !STOP_WORDS.has(word);
}

export function wordsOf(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    const word = segment.toLowerCase();
    if (isKeyword(word)) words.push(word);
  }
  return words;
}

interface Tally {
  count: number;
  positive: number;
  negative: number;
}

/** Terms used by at least two comments, most used first. */
export function topKeywords(comments: readonly { text: string; label?: SentimentLabel }[], limit = KEYWORDS_SHOWN): Keyword[] {
  const tallies = new Map<string, Tally>();
  for (const { text, label } of comments.slice(0, MAX_COMMENTS_READ)) {
    for (const term of new Set(wordsOf(text))) {
      const tally = tallies.get(term) ?? { count: 0, positive: 0, negative: 0 };
      tally.count += 1;
      if (label === 'positive') tally.positive += 1;
      if (label === 'negative') tally.negative += 1;
      tallies.set(term, tally);
    }
  }
  return [...tallies]
    .filter(([, tally]) => tally.count >= 2)
    .sort(([termA, a], [termB, b]) => b.count - a.count || termA.localeCompare(termB))
    .slice(0, limit)
    .map(([term, { count, positive, negative }]) => ({
      term,
      count,
      tone: positive > negative ? 'positive' : negative > positive ? 'negative' : 'neutral',
    }));
}
