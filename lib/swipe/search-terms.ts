// Full-text search words for the swipe file, stored in the multi-entry `searchTerms` index.
// Chinese has no spaces, and a segmenter splits a phrase differently in a query than in the sentence
// it came from ("迪丽热巴" alone vs. inside a post). So a document gets every character and every
// character bigram of its CJK runs (plus the segmenter's longer words), and a query is cut into the
// same bigrams: any substring of two or more characters is then found whatever the segmentation.
// Other scripts are lowercased words.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const WORD_CHARS = /[\p{L}\p{N}]/u;
/** A pasted essay must not turn into tens of thousands of index entries per example. */
export const MAX_TERMS = 3000;
const MAX_WORD_LENGTH = 40;

let segmenter: Intl.Segmenter | undefined;
function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

function normalize(text: string): string {
  // NFKC folds full-width letters and digits (ＡＢＣ１２３) into ASCII, as people type either.
  return text.normalize('NFKC').toLowerCase();
}

function bigramsOf(run: string, withSingles: boolean): string[] {
  const chars = [...run];
  const grams: string[] = withSingles || chars.length === 1 ? [...chars] : [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Non-CJK words: lowercased, letters and digits only at the edges ("#brand," → "brand"). */
function latinWords(text: string): string[] {
  const found: string[] = [];
  for (const word of words(text.replace(CJK_RUN, ' '))) {
    if (WORD_CHARS.test(word) && word.length <= MAX_WORD_LENGTH) found.push(word);
  }
  return found;
}

/** The index words of a document made of these texts (text, title, author, tags, board, brand, note…). */
export function searchTermsOf(...texts: (string | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const raw of texts) {
    if (!raw) continue;
    const text = normalize(raw);
    for (const run of text.match(CJK_RUN) ?? []) {
      for (const gram of bigramsOf(run, true)) terms.add(gram);
      for (const word of words(run)) if ([...word].length > 2 && [...word].length <= MAX_WORD_LENGTH) terms.add(word);
    }
    for (const word of latinWords(text)) terms.add(word);
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms].slice(0, MAX_TERMS);
}

/** What a query must find, every one of them, in an example's terms (see matchesQuery). */
export function queryTerms(query: string): string[] {
  const text = normalize(query);
  const terms = new Set<string>();
  for (const run of text.match(CJK_RUN) ?? []) for (const gram of bigramsOf(run, false)) terms.add(gram);
  for (const word of latinWords(text)) terms.add(word);
  return [...terms];
}

/**
 * True when every query term is among the example's terms. The last term of a query that ends in a
 * Latin word also matches as a prefix, so results appear while the user is still typing ("campa").
 */
export function matchesQuery(exampleTerms: readonly string[], terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const have = new Set(exampleTerms);
  return terms.every((term, index) => {
    if (have.has(term)) return true;
    const isLastLatin = index === terms.length - 1 && !CJK.test(term);
    return isLastLatin && exampleTerms.some((candidate) => candidate.startsWith(term));
  });
}
