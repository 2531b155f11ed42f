// The one place the background runs the analyzer on stored rows: at ingest and when rescoring.
// The analyzer is a parameter so tests can play a version change.
import { analyze, ANALYZER_VERSION } from './sentiment';
import { needsScoring, textToScore, toStoredSentiment, type ScoredRow, type StoredSentiment } from './sentiment-store';

export interface Analyzer {
  version: string;
  analyze(text: string): StoredSentiment & Record<string, unknown>;
}

export const CURRENT_ANALYZER: Analyzer = {
  version: ANALYZER_VERSION,
  analyze: (text) => analyze(text) as unknown as StoredSentiment & Record<string, unknown>,
};

export function scoreText(row: ScoredRow, analyzer: Analyzer): StoredSentiment {
  return toStoredSentiment(analyzer.analyze(textToScore(row)));
}

/** Sets `row.sentiment` when the row is new, its text changed or its score is from another version. */
export function scoreIfNeeded<R extends ScoredRow>(row: R, previous: ScoredRow | undefined, analyzer: Analyzer): R {
  if (needsScoring(previous, row, analyzer.version)) row.sentiment = scoreText(row, analyzer);
  return row;
}
