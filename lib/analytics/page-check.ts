// The popup's quick check of the post open in the current tab: how its captured comments lean,
// what they are about, and the most-liked voice on each side.
import type { StoredComment, StoredPost } from '../db';
import type { Aspect } from '../sentiment/aspects';
import { effectiveSentiment, SENTIMENT_LABELS, type EffectiveSentiment, type SentimentLabel } from '../sentiment-store';
import { topKeywords, type Keyword } from './page-check-keywords';

/** Below this many scored comments a verdict would be noise; the panel says so instead. */
export const MIN_SAMPLE = 5;
export const LISTED_COMMENTS = 30;
const TOP_ASPECTS = 3;

/** How a comment counts: the user's correction when there is one, else the analyzer's verdict. */
type Judgement = Partial<Pick<EffectiveSentiment, 'label'>> & Pick<EffectiveSentiment, 'aspects' | 'corrected'>;
const UNSCORED: Judgement = { aspects: [], corrected: false };

export interface CheckComment {
  id: string;
  authorName: string;
  text: string;
  url?: string;
  likes: number;
  label?: SentimentLabel;
  corrected: boolean;
}

export interface MixSlice {
  label: SentimentLabel;
  count: number;
  /** 0..1 of the scored sample. */
  share: number;
}

export interface AspectCount {
  aspect: Aspect;
  count: number;
  negative: number;
}

export interface PageCheckView {
  postId: string;
  post?: { authorName: string; text: string; url?: string };
  /** Scored comments by people other than the post's author: what the verdict rests on. */
  sample: number;
  tooFew: boolean;
  /** The post author's own replies (a brand answering): listed, never counted. */
  ownReplies: number;
  /** Stored before scoring existed, waiting for a re-score. */
  unscored: number;
  mix: MixSlice[];
  /** (pos − neg) / (pos + neg), -1..1; undefined when nothing leans either way. */
  net?: number;
  topNegative?: CheckComment;
  topPositive?: CheckComment;
  aspects: AspectCount[];
  keywords: Keyword[];
  /** The most-liked comments, for reading and correcting. */
  comments: CheckComment[];
  total: number;
}

interface TabRecord {
  postId?: string;
  id: string;
  url?: string;
}

/**
 * The post this tab shows: one whose own URL is the tab's, else the one most of the tab's comments
 * belong to, else the only post seen there. A timeline lists many posts and has no single one.
 */
export function tabPostId(posts: readonly TabRecord[], comments: readonly TabRecord[], tabUrls: readonly string[]): string | undefined {
  const own = posts.find((post) => post.url && tabUrls.includes(post.url));
  if (own) return own.id;
  const votes = new Map<string, number>();
  for (const comment of comments) if (comment.postId) votes.set(comment.postId, (votes.get(comment.postId) ?? 0) + 1);
  let best: string | undefined;
  for (const [postId, count] of votes) if (!best || count > votes.get(best)!) best = postId;
  if (best) return best;
  return posts.length === 1 ? posts[0]!.id : undefined;
}

const likesOf = (comment: StoredComment) => comment.metrics?.likes ?? 0;

function toCheckComment(comment: StoredComment, judgement: Judgement, post?: StoredPost): CheckComment {
  return {
    id: comment.id,
    authorName: comment.author?.name ?? '',
    text: comment.text ?? '',
    url: comment.url ?? post?.url,
    likes: likesOf(comment),
    label: judgement.label,
    corrected: judgement.corrected,
  };
}

function countAspects(judged: readonly { judgement: Judgement }[]): AspectCount[] {
  const byAspect = new Map<Aspect, AspectCount>();
  for (const { judgement } of judged) {
    for (const aspect of new Set(judgement.aspects)) {
      const entry = byAspect.get(aspect) ?? { aspect, count: 0, negative: 0 };
      entry.count += 1;
      if (judgement.label === 'negative') entry.negative += 1;
      byAspect.set(aspect, entry);
    }
  }
  return [...byAspect.values()].sort((a, b) => b.count - a.count || b.negative - a.negative).slice(0, TOP_ASPECTS);
}

export function pageCheck(postId: string, post: StoredPost | undefined, comments: readonly StoredComment[]): PageCheckView {
  // Most-liked first, and by id among equals so the view does not reshuffle between reads.
  const ordered = [...comments].sort((a, b) => likesOf(b) - likesOf(a) || a.id.localeCompare(b.id));
  const judged = ordered.map((comment) => ({ comment, judgement: effectiveSentiment(comment) ?? UNSCORED }));
  const authorId = post?.author?.id;
  const isOwnReply = (comment: StoredComment) => authorId !== undefined && comment.author?.id === authorId;
  const audience = judged.filter(({ comment }) => !isOwnReply(comment));
  const scored = audience.filter(({ judgement }) => judgement.label);

  const counts: Record<SentimentLabel, number> = { positive: 0, neutral: 0, negative: 0 };
  for (const { judgement } of scored) counts[judgement.label!] += 1;
  const sample = scored.length;
  const leaning = counts.positive + counts.negative;
  const topOf = (label: SentimentLabel) => {
    const top = scored.find(({ judgement }) => judgement.label === label);
    return top && toCheckComment(top.comment, top.judgement, post);
  };

  return {
    postId,
    post: post && { authorName: post.author?.name ?? '', text: post.text || post.title || '', url: post.url },
    sample,
    tooFew: sample < MIN_SAMPLE,
    ownReplies: judged.length - audience.length,
    unscored: audience.length - sample,
    mix: SENTIMENT_LABELS.map((label) => ({ label, count: counts[label], share: sample ? counts[label] / sample : 0 })),
    net: leaning ? (counts.positive - counts.negative) / leaning : undefined,
    topNegative: topOf('negative'),
    topPositive: topOf('positive'),
    aspects: countAspects(scored),
    keywords: topKeywords(scored.map(({ comment, judgement }) => ({ text: comment.text ?? '', label: judgement.label }))),
    comments: judged.slice(0, LISTED_COMMENTS).map(({ comment, judgement }) => toCheckComment(comment, judgement, post)),
    total: judged.length,
  };
}
