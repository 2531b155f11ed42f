// The trained half of the analyzer: a linear model over character n-grams (Chinese) and word n-grams
// (Latin script) plus the symbol tokens, trained by `npm run train:sentiment` on training splits only.
// The weights are numbers derived from the data (no texts) and live in model-weights.json.
import { QUOTED } from './rules';
import type { Token } from './tokenize';

export interface ModelWeights {
  version: string;
  /**
   * Per script: z = (lexicon·rules + model·logit) / (1 + tokens/20)^norm, score = tanh(z); |score| ≤ band is neutral.
   * The length damping only calibrates the neutral band (it never changes a score's sign). A text in which the
   * lexicon found nothing needs the n-grams alone to clear `bandNoLexicon`.
   */
  mix: Record<'zh' | 'en', { lexicon: number; model: number; band: number; bandNoLexicon: number; norm: number }>;
  weights: Record<string, number>;
  /** longest Han character n-gram used as a feature (2 when absent) */
  ngram?: number;
}

/**
 * Feature strings for one tokenised text, each with a value. Chinese: character unigrams and bigrams inside each
 * run of Han characters (segmentation mistakes do not matter); Latin: lower-cased words and word bigrams within
 * a clause, a word inside a negation's scope marked `¬word`; stickers, emoji and emoticons as themselves.
 * Like the rules, the part of a sentence before its last contrast word (但是, but) counts half, the part after
 * it one and a half: the linear model then learns the same reading of "X, but Y".
 */
export function forEachFeature(tokens: Token[], visit: (feature: string, value: number) => void, longest = 2): void {
  let run = '';
  // where in `run` the word right after a negator starts and ends: its characters are marked ¬ (不|贵 → ¬贵)
  let negatedFrom = -1;
  let negatedTo = -1;
  let previousWord = '';
  let negationLeft = 0;
  let value = 1;
  let quoted = 1;
  const flushRun = () => {
    for (let i = 0; i < run.length; i++) {
      visit(i >= negatedFrom && i < negatedTo ? '¬' + run[i] : run[i], value);
      for (let n = 2; n <= longest && i + n <= run.length; n++) visit(run.slice(i, i + n), value);
    }
    run = '';
    negatedFrom = negatedTo = -1;
  };
  const contrastAfter = lastContrastBySentence(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const turn = contrastAfter[i];
    if (turn !== 0) {
      if (run) flushRun();
      value = turn * quoted;
    }
    if (t.kind === 'quote') {
      if (run) flushRun();
      quoted = QUOTED;
      value *= QUOTED;
    }
    // 呵呵 was friendly laughter in the older training posts and is a sneer now: the sarcasm rule reads it, not the n-grams
    if (t.kind === 'cjk' && t.entry?.sarcasm) {
      if (run) flushRun();
      continue;
    }
    if (t.kind === 'cjk') {
      if (run && tokens[i - 1].entry?.negator && !t.entry?.negator) {
        negatedFrom = run.length;
        negatedTo = run.length + t.key.length;
      }
      run += t.key;
      continue;
    }
    if (run) flushRun();
    if (t.kind === 'word') {
      const key = negationLeft > 0 && t.entry?.valence !== undefined ? '¬' + t.key : t.key;
      visit(key, value);
      if (previousWord) visit(previousWord + ' ' + key, value);
      previousWord = key;
      if (t.entry?.negator) negationLeft = 3;
      else if (negationLeft > 0) negationLeft--;
      continue;
    }
    previousWord = '';
    negationLeft = 0;
    if (t.kind === 'sticker' || t.kind === 'emoji' || t.kind === 'emoticon') visit(t.key, quoted);
  }
  if (run) flushRun();
}

const QUESTION = 0.5;

/**
 * For each token index: 0 = keep the current weight, else the weight from here on (0.5 before a contrast,
 * 1.5 after, 1 for a new sentence; halved again in a question, which asks more than it judges).
 */
function lastContrastBySentence(tokens: Token[]): number[] {
  const out = new Array<number>(tokens.length).fill(0);
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].kind !== 'sentence') continue;
    if (i < tokens.length && tokens[i].kind === 'quote') continue;
    const asks = i < tokens.length && (tokens[i].key === '?' || tokens[i].key === '？') ? QUESTION : 1;
    let contrast = -1;
    for (let j = start; j < i; j++) if (tokens[j].entry?.contrast) contrast = j;
    if (contrast > start) {
      out[start] = 0.5 * asks;
      out[contrast] = 1.5 * asks;
    } else if (start < tokens.length) out[start] = asks;
    start = i + 1;
  }
  return out;
}

/** Tokens that carry content (punctuation excluded): what the length damping of the mix counts. */
export function contentLength(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind !== 'sentence' && t.kind !== 'clause') n++;
  return n;
}

export interface ModelResult { logit: number; top: { token: string; weight: number }[] }

/** Sum of weights; also the features that moved the logit most, for explanations. */
export function applyModel(tokens: Token[], weights: ReadonlyMap<string, number>, ngram = 2, keep = 6): ModelResult {
  let logit = 0;
  // the few strongest features explain the logit: kept on the fly, repeats of a feature added up
  const top: { token: string; weight: number }[] = [];
  forEachFeature(tokens, (f, value) => {
    const w = weights.get(f);
    if (w === undefined) return;
    const x = w * value;
    logit += x;
    for (const t of top) if (t.token === f) { t.weight += x; return; }
    if (top.length < keep) { top.push({ token: f, weight: x }); return; }
    let weakest = 0;
    for (let k = 1; k < top.length; k++) if (Math.abs(top[k].weight) < Math.abs(top[weakest].weight)) weakest = k;
    if (Math.abs(x) > Math.abs(top[weakest].weight)) top[weakest] = { token: f, weight: x };
  }, ngram);
  return { logit, top };
}
