// Reddit: the JSON API (listings, submissions with comment trees, morechildren) and the pages' markup
// (new Reddit's shreddit elements, old.reddit's things). Facts: ../shared/docs/platforms.md §8.
import { REDDIT_RESPONSE_PATTERNS } from './patterns';
import { redditFromMarkup } from './reddit-dom';
import { redditThings } from './reddit-json';
import type { Adapter } from './types';

export const redditAdapter: Adapter = {
  name: 'reddit',
  platform: 'reddit',
  hosts: ['www.reddit.com', 'old.reddit.com'],
  responsePatterns: REDDIT_RESPONSE_PATTERNS,
  fromResponse: redditThings,
  // Both Reddits render posts and comments server-side, so the loaded page and later insertions
  // (comment fragments, infinite scroll) are read the same way.
  fromDocument: redditFromMarkup,
  fromDom: redditFromMarkup,
};
