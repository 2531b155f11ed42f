// The lexicon half of the analyzer: sums word valences with the rules a reader applies — negation scope,
// degree adverbs, contrast, emphasis, questions, sarcasm. Returns a raw sum (not yet squashed to -1..1).
import type { Aspect } from './aspects';
import type { Token } from './tokenize';

export interface Reason { token: string; weight: number }

export interface RuleResult {
  raw: number;
  reasons: Reason[];
  /** strongest sarcasm marker seen, 0..1 */
  sarcasm: number;
  /** the rules flipped positive wording to negative because of a strong sarcasm marker */
  flipped: boolean;
  aspects: Aspect[];
  /** how much opinion the rules saw outside questions (sum of |weights|); 0 = a plain statement or a question */
  evidence: number;
}

// Chinese tokens are often single characters the segmenter could not join (想|象|中): a longer reach
const NEGATION_WINDOW = { word: 3, cjk: 5 };
const NEGATION_FACTOR = -0.74;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const CONCESSION = 0.5;
// a question with only mild opinion words asks, it does not judge ("is the update any good?")
const QUESTION = 0;
/** Weibo reposts: the chain after `//@` is other people's words and counts less than the poster's own. */
export const QUOTED = 0.4;

const valenceOf = (t: Token, next: Token | undefined): number | undefined => {
  const v = t.entry?.valence;
  if (v === undefined) return undefined;
  // 好/真/pretty/damn are intensifiers when a sentiment word follows (好贵, pretty bad) and words otherwise
  if (t.entry?.degree !== undefined && next?.entry?.valence !== undefined && next.entry.degree === undefined) return undefined;
  return v;
};

/** Looks back from word i (inside its clause) for intensifiers and negators. */
function modifiers(tokens: Token[], i: number) {
  let scale = 1;
  let negations = 0;
  let degreeAfterNegator = false;
  const reach = tokens[i].kind === 'cjk' ? NEGATION_WINDOW.cjk : NEGATION_WINDOW.word;
  for (let j = i - 1, seen = 0; j >= 0 && seen < reach; j--, seen++) {
    const t = tokens[j];
    if (t.kind === 'clause' || t.kind === 'sentence' || t.entry?.contrast) break;
    if (t.kind !== 'word' && t.kind !== 'cjk') break;
    const e = t.entry;
    if (!e) continue;
    if (e.negator) {
      negations++;
      if (scale !== 1 || e.degree !== undefined) degreeAfterNegator = true; // 不太好 / not very good: milder
    } else if (e.degree !== undefined && valenceOf(t, tokens[j + 1]) === undefined) {
      scale *= e.degree;
    } else if (e.valence !== undefined && t.kind === 'word') {
      break; // another opinion word ends the scope in English ("not bad, good")
    }
  }
  return { scale, negated: negations % 2 === 1, softened: degreeAfterNegator };
}

export function scoreTokens(tokens: Token[]): RuleResult {
  const reasons: Reason[] = [];
  const aspects = new Set<Aspect>();
  let total = 0;
  let positive = 0;
  let sarcasm = 0;
  let sentenceStart = 0;
  let previousSentence = 0;
  let previousSentenceReasons: Reason[] = [];
  let quoted = 1;
  let evidence = 0;

  const closeSentence = (end: number) => {
    // per-sentence: contributions before the last contrast word count less, after it more
    let contrastAt = -1;
    let concessionAt = -1;
    for (let j = sentenceStart; j < end; j++) {
      if (tokens[j].entry?.contrast) contrastAt = j;
      if (tokens[j].entry?.concession && concessionAt < 0) concessionAt = j;
    }
    // a sentence that opens with "但是/But" turns against the previous sentence
    if (contrastAt === sentenceStart && previousSentence !== 0) {
      total -= previousSentence * (1 - BEFORE_CONTRAST);
      for (const r of previousSentenceReasons) r.weight *= BEFORE_CONTRAST;
    }
    let sum = 0;
    const mine: Reason[] = [];
    let clauseEnd = concessionAt;
    if (concessionAt >= 0) while (clauseEnd < end && tokens[clauseEnd].kind !== 'clause') clauseEnd++;
    for (let j = sentenceStart; j < end; j++) {
      const t = tokens[j];
      if (t.entry?.aspects) for (const a of t.entry.aspects) aspects.add(a);
      if (t.entry?.sarcasm) sarcasm = Math.max(sarcasm, t.entry.sarcasm);
      let w: number;
      if (t.symbol !== undefined) {
        w = t.symbol;
      } else {
        const v = valenceOf(t, tokens[j + 1]);
        if (v === undefined || v === 0) continue;
        const m = modifiers(tokens, j);
        w = v * (m.softened ? 1 : m.scale);
        if (m.negated) w *= m.softened ? NEGATION_FACTOR * 0.6 : NEGATION_FACTOR;
        if (t.shouted) w *= 1.3;
        if (contrastAt > sentenceStart) w *= j < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
        if (concessionAt >= 0 && j > concessionAt && j < clauseEnd) w *= CONCESSION;
      }
      sum += w;
      mine.push({ token: t.key, weight: w });
    }
    // emphasis and questions are read from the sentence's closing marks
    let bangs = 0, questions = 0;
    for (let j = end; j < tokens.length && tokens[j].kind === 'sentence'; j++) {
      if (tokens[j].key === '!' || tokens[j].key === '！') bangs++;
      if (tokens[j].key === '?' || tokens[j].key === '？') questions++;
    }
    let factor = quoted;
    if (bangs) factor *= 1 + 0.12 * Math.min(bangs, 4);
    const asking = questions > 0 && !bangs && Math.abs(sum) < 3;
    if (asking) factor *= QUESTION;
    else for (const r of mine) evidence += Math.abs(r.weight);
    if (factor !== 1) for (const r of mine) r.weight *= factor;
    sum *= factor;
    if (sum > 0) positive += sum;
    total += sum;
    reasons.push(...mine);
    previousSentence = sum;
    previousSentenceReasons = mine;
  };

  for (let j = 0; j <= tokens.length; j++) {
    if (j === tokens.length || tokens[j].kind === 'sentence' || tokens[j].kind === 'quote') {
      if (j > sentenceStart) closeSentence(j);
      if (tokens[j]?.kind === 'quote') quoted = QUOTED;
      while (j + 1 < tokens.length && tokens[j + 1].kind === 'sentence') j++;
      sentenceStart = j + 1;
    }
  }

  // sarcasm: praise next to a strong marker (呵呵, 真是谢谢你了, /s, yeah right) is read as its opposite
  let flipped = false;
  if (sarcasm >= 0.8 && positive > 0) {
    total -= 2 * positive * 0.8;
    flipped = true;
    for (const r of reasons) if (r.weight > 0) r.weight *= -0.6;
  }
  if (sarcasm > 0 && sarcasm < 0.8 && positive > 0) {
    // a weaker marker (呵呵) takes some of the shine off praise without turning it around
    const cut = positive * sarcasm * 0.5;
    total -= cut;
    for (const r of reasons) if (r.weight > 0) r.weight *= 1 - sarcasm * 0.5;
  }
  if (sarcasm > 0 && !flipped && total === 0) {
    total = -0.8 * sarcasm;
    reasons.push({ token: '(sarcasm)', weight: total });
  }
  return { raw: total, reasons, sarcasm, flipped, aspects: [...aspects], evidence: sarcasm ? evidence + sarcasm : evidence };
}
