// Who drives the conversation: authors ranked by reach × engagement. Logarithms keep one celebrity's
// follower count from burying every engaged mid-size account; the net sentiment of their posts says
// which way they push (toward the watch, when the posts are one watch's mentions).
import type { StoredPost } from '../db';
import { effectiveSentiment } from '../sentiment-store';
import { engagementFor } from './engagement';
import type { AuthorRow } from './view-types';

export const AUTHORS_SHOWN = 20;

interface Tally {
  latest: StoredPost;
  followers?: number;
  posts: number;
  engagement?: number;
  positive: number;
  negative: number;
  labelled: number;
}

/** Reach × engagement; an unknown counts as 0 here only, so an author with no known numbers ranks last. */
export function influence(followers: number | undefined, engagement: number | undefined): number {
  return Math.log10(1 + (followers ?? 0)) * Math.log10(1 + (engagement ?? 0));
}

export function topAuthors(posts: readonly StoredPost[], limit = AUTHORS_SHOWN): AuthorRow[] {
  const tallies = new Map<string, Tally>();
  for (const post of posts) {
    let tally = tallies.get(post.author.id);
    if (!tally) {
      tally = { latest: post, posts: 0, positive: 0, negative: 0, labelled: 0 };
      tallies.set(post.author.id, tally);
    }
    // Names and handles change; the most recent capture shows the current ones.
    if (post.capturedAt > tally.latest.capturedAt) tally.latest = post;
    tally.posts += 1;
    const { followers } = post.author;
    if (Number.isFinite(followers) && (tally.followers === undefined || followers! > tally.followers)) tally.followers = followers;
    const engagement = engagementFor(post.platform, post.metrics);
    if (engagement !== undefined) tally.engagement = (tally.engagement ?? 0) + engagement;
    const sentiment = effectiveSentiment(post);
    if (sentiment) {
      tally.labelled += 1;
      if (sentiment.label === 'positive') tally.positive += 1;
      if (sentiment.label === 'negative') tally.negative += 1;
    }
  }
  return [...tallies.values()]
    .map(({ latest: { author, platform }, followers, posts: count, engagement, positive, negative, labelled }): AuthorRow => ({
      id: author.id,
      platform,
      name: author.name,
      handle: author.handle,
      url: author.url,
      followers,
      posts: count,
      engagement,
      netSentiment: labelled > 0 ? (positive - negative) / labelled : undefined,
      influence: influence(followers, engagement),
    }))
    .sort((a, b) => b.influence - a.influence || b.posts - a.posts || a.name.localeCompare(b.name))
    .slice(0, limit);
}
