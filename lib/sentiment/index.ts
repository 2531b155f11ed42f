// Sentiment of one post or comment, Chinese, English or both mixed: a rule-based lexicon score and a small
// trained linear model, mixed with weights fitted on held-out training data, and explained token by token.
// Pure and synchronous: it runs on every captured text inside the service worker.
import type { Aspect } from './aspects';
import { applyModel, contentLength, type ModelWeights } from './model';
import trained from './model-weights.json';
import { scoreTokens, type Reason } from './rules';
import { tokenize, type Token } from './tokenize';

export type { Aspect } from './aspects';
export type { Reason } from './rules';
export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export type TextLang = 'zh' | 'en' | 'mixed' | 'und';

export interface SentimentResult {
  score: number;
  label: SentimentLabel;
  confidence: number;
  aspects: Aspect[];
  lang: TextLang;
  /** the words, symbols and n-grams that moved the score, strongest first (positive pushes up) */
  reasons: Reason[];
  /** a sarcasm marker was seen; `flipped` when it turned praise into a negative reading */
  sarcasm?: { flipped: boolean };
  version: string;
}

const MODEL = trained as ModelWeights;
const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(MODEL.weights));
// bump the first part when rules or lexicons change; the part after + names the trained weights
export const ANALYZER_VERSION = `1.0.0+${MODEL.version}`;

function languageOf(tokens: Token[]): TextLang {
  let han = 0, latin = 0;
  for (const t of tokens) {
    if (t.kind === 'cjk') han += t.key.length;
    else if (t.kind === 'word' && t.key.charCodeAt(0) >= 97 && t.key.charCodeAt(0) <= 122) latin += 1;
  }
  if (!han && !latin) return 'und';
  if (!han) return 'en';
  // mixed when the Latin words (each worth about two Han characters) come to a quarter of the Han text
  return latin * 2 >= han * 0.25 && latin >= 2 ? 'mixed' : 'zh';
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function analyze(text: string): SentimentResult {
  const tokens = tokenize(typeof text === 'string' ? text : '');
  const lang = languageOf(tokens);
  // symbols alone ('und') are read with the English mix, whose lexicon weight is the larger one
  const mix = MODEL.mix[lang === 'en' || lang === 'und' ? 'en' : 'zh'];
  const rules = scoreTokens(tokens);
  const model = applyModel(tokens, WEIGHTS, MODEL.ngram);
  const content = contentLength(tokens);
  const damping = Math.pow(1 + content / 20, mix.norm);
  const lexicon = (mix.lexicon * rules.raw) / damping;
  let learned = (mix.model * model.logit) / damping;
  // strong sarcasm turns the n-grams' praise around as well as the lexicon's
  const ironic = rules.flipped && learned > 0 ? -0.5 : 1;
  learned *= ironic;
  const score = Math.tanh(lexicon + learned);

  const band = rules.evidence === 0 ? mix.bandNoLexicon : mix.band;
  const label: SentimentLabel = score > band ? 'positive' : score < -band ? 'negative' : 'neutral';
  let confidence = label === 'neutral'
    ? (content ? 1 - 0.6 * Math.abs(score) / band : 0)
    : 0.4 + 0.6 * Math.min(1, (Math.abs(score) - band) / Math.max(0.05, 0.9 - band));
  if (Math.abs(lexicon) > 0.3 && Math.abs(learned) > 0.3 && Math.sign(lexicon) !== Math.sign(learned)) confidence *= 0.7;
  if (rules.sarcasm) confidence *= 1 - 0.4 * rules.sarcasm;

  const merged = new Map<string, number>();
  for (const r of rules.reasons) merged.set(r.token, (merged.get(r.token) ?? 0) + (r.weight * mix.lexicon) / damping);
  for (const r of model.top) merged.set(r.token, (merged.get(r.token) ?? 0) + (r.weight * mix.model * (r.weight > 0 ? ironic : 1)) / damping);
  const reasons = [...merged].map(([token, weight]) => ({ token, weight: round(weight) }))
    .filter(r => Math.abs(r.weight) >= 0.01)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 8);

  return {
    score: Math.round(score * 1e4) / 1e4,
    label,
    confidence: round(Math.max(0, Math.min(1, confidence))),
    aspects: rules.aspects,
    lang,
    reasons,
    ...(rules.sarcasm ? { sarcasm: { flipped: rules.flipped } } : {}),
    version: ANALYZER_VERSION,
  };
}
