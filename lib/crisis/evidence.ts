// The records a flag cites: most-liked negative voices first, then neutral ones, then the rest; a coordinated
// cluster once (its earliest member), so five copies of one pasted comment never fill the list.
import type { Voice } from './detectors-voices';
import type { FlagEvidence, WindowItem } from './types';

export const EVIDENCE_LIMIT = 5;
/** Evidence text is a preview; the link leads to the whole post. */
export const EVIDENCE_TEXT_CHARS = 280;

const LABEL_RANK = { negative: 0, neutral: 1, positive: 3 } as const;
const rank = (voice: Voice) => (voice.label ? LABEL_RANK[voice.label] : 2);
const likesOf = (voice: Voice) => Math.max(...voice.members.map((m) => m.likes ?? 0));

export function toEvidence(item: WindowItem): FlagEvidence {
  const text = [...item.text].length > EVIDENCE_TEXT_CHARS ? `${[...item.text].slice(0, EVIDENCE_TEXT_CHARS - 1).join('')}…` : item.text;
  const evidence: FlagEvidence = { recordId: item.recordId, kind: item.kind, platform: item.platform, text };
  if (item.url) evidence.url = item.url;
  if (item.likes !== undefined) evidence.likes = item.likes;
  if (item.authorName) evidence.authorName = item.authorName;
  if (item.authorFollowers !== undefined) evidence.authorFollowers = item.authorFollowers;
  return evidence;
}

export function selectEvidence(voices: readonly Voice[], limit = EVIDENCE_LIMIT): FlagEvidence[] {
  return [...voices]
    .sort((a, b) => rank(a) - rank(b) || likesOf(b) - likesOf(a) || b.lead.firstSeenAt.localeCompare(a.lead.firstSeenAt))
    .slice(0, limit)
    .map((voice) => toEvidence(voice.lead));
}
