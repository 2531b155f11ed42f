// Sentiment as stored on a post or comment row, and the one rule every reader applies to it: a user's
// correction wins over the analyzer. Pure; readers (popup, dashboard, crisis) import only this file,
// never the analyzer (its lexicons would bloat their bundles).
import type { Aspect } from './sentiment/aspects';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];

/** The analyzer's verdict as kept on a row. `reasons` are left out to save space: recomputed on demand. */
export interface StoredSentiment {
  score: number;
  label: SentimentLabel;
  confidence: number;
  aspects: Aspect[];
  /** ANALYZER_VERSION that produced it; a different version means the row is due for rescoring. */
  version: string;
}

/** The user said the analyzer was wrong. Rescoring never touches it. */
export interface SentimentCorrection {
  label: SentimentLabel;
  /** ISO time of the correction. */
  at: string;
}

export interface ScoredRow {
  text: string;
  title?: string;
  sentiment?: StoredSentiment;
  sentimentCorrection?: SentimentCorrection;
}

export interface EffectiveSentiment {
  label: SentimentLabel;
  /** -1..1. A corrected row reads as certain: +1, 0 or -1 for its label. */
  score: number;
  confidence: number;
  aspects: Aspect[];
  corrected: boolean;
}

const CORRECTED_SCORE: Record<SentimentLabel, number> = { positive: 1, neutral: 0, negative: -1 };

/** What every view shows and counts. Undefined only for a row neither scored nor corrected yet. */
export function effectiveSentiment(row: ScoredRow): EffectiveSentiment | undefined {
  const { sentiment, sentimentCorrection: correction } = row;
  if (correction) {
    return { label: correction.label, score: CORRECTED_SCORE[correction.label], confidence: 1, aspects: sentiment?.aspects ?? [], corrected: true };
  }
  if (!sentiment) return undefined;
  return { label: sentiment.label, score: sentiment.score, confidence: sentiment.confidence, aspects: sentiment.aspects, corrected: false };
}

/** A post's title is part of what it says; it is read before the body. */
export function textToScore(row: { text: string; title?: string }): string {
  return row.title && !row.text.startsWith(row.title) ? `${row.title}\n${row.text}` : row.text;
}

/** The analyzer's result without what is not kept on the row. */
export function toStoredSentiment(result: StoredSentiment & Record<string, unknown>): StoredSentiment {
  return { score: result.score, label: result.label, confidence: result.confidence, aspects: result.aspects, version: result.version };
}

/** A row needs (re)scoring when it is new, its text or title changed, or an older analyzer scored it. */
export function needsScoring(previous: ScoredRow | undefined, row: ScoredRow, version: string): boolean {
  if (!previous?.sentiment) return true;
  return previous.sentiment.version !== version || previous.text !== row.text || previous.title !== row.title;
}
