// One lookup table over all the lexicon data files: what a token can do (carry sentiment, negate,
// intensify, turn the sentence, hint at sarcasm, name an aspect). Built once when the module loads.
import { ALL_ASPECT_TERMS, aspectsOf, type Aspect } from './aspects';
import { EN_CONCESSION, EN_CONTRAST, EN_DEGREE, EN_NEGATORS, EN_PHRASES, EN_PLAIN, EN_WORDS } from './lexicon-en';
import { SARCASM, SLANG } from './lexicon-slang';
import { ZH_CONCESSION, ZH_CONTRAST, ZH_DEGREE, ZH_NEGATORS, ZH_NEUTRAL, ZH_WORDS } from './lexicon-zh';

export interface Entry {
  valence?: number;
  /** slang is matched only as written: suffix stripping must not turn "fired" into "fire" */
  slang?: boolean;
  degree?: number;
  negator?: boolean;
  contrast?: boolean;
  concession?: boolean;
  sarcasm?: number;
  aspects?: Aspect[];
}

/** Lexicon keys and text tokens meet in one form: lower case, no apostrophes, hyphens as spaces. */
export function lexKey(s: string): string {
  return s.toLowerCase().replace(/['’]/g, '').replace(/-/g, ' ').trim();
}

const LEXICON = new Map<string, Entry>();
const entry = (key: string): Entry => {
  const k = lexKey(key);
  let e = LEXICON.get(k);
  if (!e) LEXICON.set(k, (e = {}));
  return e;
};

for (const [w, v] of Object.entries(ZH_WORDS)) entry(w).valence = v;
for (const [w, v] of Object.entries(EN_WORDS)) entry(w).valence = v;
// New slang is all but absent from the (older) training texts, so the trained model cannot back it up:
// its lexicon weight carries it alone and counts for more
const SLANG_BOOST = 1.5;
for (const [w, v] of Object.entries(SLANG)) Object.assign(entry(w), { valence: v * SLANG_BOOST, slang: true });
for (const [w, v] of Object.entries(EN_PHRASES)) entry(w).valence = v;
for (const [w, v] of Object.entries({ ...ZH_DEGREE, ...EN_DEGREE })) entry(w).degree = v;
for (const w of [...ZH_NEGATORS, ...EN_NEGATORS, 'nt']) entry(w).negator = true;
for (const w of [...ZH_CONTRAST, ...EN_CONTRAST]) entry(w).contrast = true;
for (const w of [...ZH_CONCESSION, ...EN_CONCESSION]) entry(w).concession = true;
for (const [w, v] of Object.entries(SARCASM)) entry(w).sarcasm = v;
for (const w of [...ZH_NEUTRAL, ...EN_PLAIN]) entry(w);
for (const w of ALL_ASPECT_TERMS) entry(w).aspects = aspectsOf(w);

export function lookup(key: string): Entry | undefined {
  return LEXICON.get(key);
}

/** For the segmenter: the longest key that starts with a given character (most characters start none). */
export const LONGEST_KEY_FROM = new Map<string, number>();
for (const key of LEXICON.keys()) {
  if (key.length > (LONGEST_KEY_FROM.get(key[0]) ?? 1)) LONGEST_KEY_FROM.set(key[0], key.length);
}

/** Multi-word Latin keys ("not worth", "yeah right"), longest first, by their first word. */
export const PHRASES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const key of LEXICON.keys()) {
  if (!key.includes(' ')) continue;
  const words = key.split(/\s+/);
  const list = PHRASES_BY_FIRST_WORD.get(words[0]) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  PHRASES_BY_FIRST_WORD.set(words[0], list);
}
