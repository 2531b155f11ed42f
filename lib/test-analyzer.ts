// A stand-in analyzer for tests that play a version change: deterministic, counts its calls.
// Not shipped.
import type { Analyzer } from './score-sentiment';
import type { SentimentLabel } from './sentiment-store';

export interface CountingAnalyzer extends Analyzer {
  texts: string[];
}

/** Labels by marker words ("bad" → negative, "good" → positive); the score says which version scored it. */
export function fakeAnalyzer(version: string, score = 0.5): CountingAnalyzer {
  const texts: string[] = [];
  return {
    version,
    texts,
    analyze(text) {
      texts.push(text);
      const label: SentimentLabel = /bad|差/.test(text) ? 'negative' : /good|好/.test(text) ? 'positive' : 'neutral';
      const signed = label === 'negative' ? -score : label === 'positive' ? score : 0;
      return { score: signed, label, confidence: 0.8, aspects: [], version, lang: 'en', reasons: [{ token: 'x', weight: 1 }] };
    },
  };
}
