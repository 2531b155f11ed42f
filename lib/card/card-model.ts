// What the in-page "Check sentiment" card shows, computed in the background from the analyzer's result.
// Plain data: it crosses into the page as an executeScript argument (structured clone), never as markup.
import type { Aspect, SentimentResult } from '../sentiment';
import type { SentimentLabel } from '../sentiment-store';

export const MAX_CHECKED_CHARS = 5000;
const EXCERPT_CHARS = 90;
const SHOWN_REASONS = 6;

export interface CardStrings {
  title: string;
  labels: Record<SentimentLabel, string>;
  score: string;
  confidence: string;
  aspects: string;
  aspectNames: Record<Aspect, string>;
  reasons: string;
  noReasons: string;
  sarcasm: string;
  close: string;
}

export interface CardReason {
  token: string;
  /** Signed, as the analyzer gave it: positive pushed the score up. */
  weight: number;
}

export interface SentimentCard {
  label: SentimentLabel;
  labelText: string;
  /** e.g. "+0.62" / "−0.40" */
  score: string;
  /** e.g. "84%" */
  confidence: string;
  aspects: string[];
  reasons: CardReason[];
  sarcasm: boolean;
  excerpt: string;
  strings: Pick<CardStrings, 'title' | 'score' | 'confidence' | 'aspects' | 'reasons' | 'noReasons' | 'sarcasm' | 'close'>;
}

/** The selection as it will be analyzed: whitespace collapsed, capped. */
export function checkedText(selection: string): string {
  return selection.replace(/\s+/g, ' ').trim().slice(0, MAX_CHECKED_CHARS);
}

function signed(value: number): string {
  const fixed = Math.abs(value).toFixed(2);
  return value > 0 ? `+${fixed}` : value < 0 ? `\u2212${fixed}` : fixed;
}

export function sentimentCard(text: string, result: SentimentResult, strings: CardStrings): SentimentCard {
  const excerpt = text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text;
  return {
    label: result.label,
    labelText: strings.labels[result.label],
    score: signed(result.score),
    confidence: `${Math.round(result.confidence * 100)}%`,
    aspects: result.aspects.map((aspect) => strings.aspectNames[aspect] ?? aspect),
    reasons: result.reasons.slice(0, SHOWN_REASONS).map(({ token, weight }) => ({ token, weight })),
    sarcasm: Boolean(result.sarcasm?.flipped),
    excerpt,
    strings: {
      title: strings.title, score: strings.score, confidence: strings.confidence, aspects: strings.aspects,
      reasons: strings.reasons, noReasons: strings.noReasons, sarcasm: strings.sarcasm, close: strings.close,
    },
  };
}
