// One pass over the text into tokens the scorer understands. Chinese runs are segmented by forward maximum
// matching against the lexicon: faster than Intl.Segmenter (about 15 µs for a 35-character sentence here)
// and it keeps sentiment words whole where ICU's dictionary glues them to particles (贵了, 不会).
import { LONGEST_KEY_FROM, lexKey, lookup, PHRASES_BY_FIRST_WORD, type Entry } from './lexicon';
import { EMOJI, EMOTICONS, STICKER_CODES } from './lexicon-symbols';

/** `quote`: Weibo's repost separator `//@name:` — what follows it is other people's words, quoted. */
export type TokenKind = 'cjk' | 'word' | 'sticker' | 'emoji' | 'emoticon' | 'clause' | 'sentence' | 'quote';

export interface Token {
  kind: TokenKind;
  /** lexicon key (lower case for Latin words); for punctuation the mark itself */
  key: string;
  entry?: Entry;
  /** symbol valence (stickers, emoji, emoticons) */
  symbol?: number;
  /** an English word written in capitals inside text that is not all capitals (emphasis) */
  shouted?: boolean;
}

const EMOTICONS_BY_FIRST = new Map<string, string[]>();
for (const e of Object.keys(EMOTICONS).sort((a, b) => b.length - a.length)) {
  EMOTICONS_BY_FIRST.set(e[0], [...(EMOTICONS_BY_FIRST.get(e[0]) ?? []), e]);
}

const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isWordChar = (c: number) => isLatin(c) || c === 39 || c === 0x2019 || c === 95;
const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', '\n', ';', '；', '…']);
const CLAUSE_END = new Set([',', '，', '、', ':', '：', '~', '～', '(', ')', '（', '）', '"', '“', '”', '《', '》']);
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const NOISE = /https?:\/\/\S+|www\.\S+|&(amp|lt|gt|quot|#39);|@[^\s:：,，]+/g;

/** Removes URLs, @mentions and HTML entities: they carry no sentiment but would read as words. */
export function cleanText(text: string): string {
  // some exports keep JSON escapes as text (it\u2019s): decode them so the words read as words
  if (text.includes('\\u')) text = text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return text.replace(NOISE, m => (m === '&amp;' ? '&' : m === '&lt;' ? '<' : m === '&gt;' ? '>' : ' '));
}

function emoticonAt(text: string, i: number): string | undefined {
  const candidates = EMOTICONS_BY_FIRST.get(text[i]);
  if (!candidates) return undefined;
  for (const e of candidates) {
    if (!text.startsWith(e, i)) continue;
    // a letter-made emoticon (xD, TT, orz, D:) must stand apart from words
    const before = text.charCodeAt(i - 1), after = text.charCodeAt(i + e.length);
    if ((isLatin(e.charCodeAt(0)) && isLatin(before)) || (isLatin(e.charCodeAt(e.length - 1)) && isLatin(after))) continue;
    return e;
  }
  return undefined;
}

function pushCjkRun(run: string, out: Token[]): void {
  let i = 0;
  while (i < run.length) {
    let len = Math.min(LONGEST_KEY_FROM.get(run[i]) ?? 1, run.length - i);
    let entry: Entry | undefined;
    for (; len > 1; len--) if ((entry = lookup(run.slice(i, i + len)))) break;
    const key = run.slice(i, i + len);
    if (len === 1) entry = lookup(key);
    out.push({ kind: 'cjk', key, entry });
    i += len;
  }
}

/** Looks for known multi-word phrases (longest first) starting at token i and merges them into one token. */
function mergePhrases(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const phrases = t.kind === 'word' ? PHRASES_BY_FIRST_WORD.get(t.key) : undefined;
    let merged = false;
    if (phrases) {
      for (const words of phrases) {
        let ok = true;
        for (let j = 1; j < words.length && ok; j++) ok = tokens[i + j]?.kind === 'word' && tokens[i + j].key === words[j];
        if (!ok) continue;
        const key = words.join(' ');
        out.push({ kind: 'word', key, entry: lookup(key), shouted: t.shouted });
        i += words.length - 1;
        merged = true;
        break;
      }
    }
    if (!merged) out.push(t);
  }
  return out;
}

const STRETCHED = /(.)\1\1/;

/** Collapses letters repeated for emphasis ("soooo goood") when the long form is not a word itself. */
function wordEntry(key: string): [string, Entry | undefined] {
  let e = lookup(key);
  if (e) return [key, e];
  if (STRETCHED.test(key)) {
    const squeezed = key.replace(/(.)\1{2,}/g, '$1$1');
    if ((e = lookup(squeezed))) return [squeezed, e];
    const single = squeezed.replace(/(.)\1+/g, '$1');
    if ((e = lookup(single))) return [single, e];
  }
  if (key.length < 4) return [key, undefined];
  for (const [suffix, add] of [['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e'], ['ly', ''], ['ily', 'y'], ['est', ''], ['er', '']]) {
    if (key.length > suffix.length + 2 && key.endsWith(suffix) && (e = lookup(key.slice(0, -suffix.length) + add))) {
      return [key, e.valence !== undefined && !e.slang ? { valence: e.valence } : undefined];
    }
  }
  return [key, undefined];
}

const QUOTE_MARK = '\uE000';

export function tokenize(raw: string): Token[] {
  const text = cleanText(raw.replace(/\/\/\s*@/g, QUOTE_MARK + '@'));
  const tokens: Token[] = [];
  const allCaps = !/[a-z]/.test(text) && /[A-Z]{2}/.test(text);
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const ch = text[i];
    if (ch === QUOTE_MARK) {
      tokens.push({ kind: 'quote', key: '//@' });
      i++;
      continue;
    }
    if (ch === '[' || ch === '【') {
      const close = text.indexOf(ch === '[' ? ']' : '】', i + 1);
      const inner = close > i ? text.slice(i + 1, close) : '';
      if (inner && close - i <= 12 && Object.hasOwn(STICKER_CODES, inner)) {
        tokens.push({ kind: 'sticker', key: `[${inner}]`, symbol: STICKER_CODES[inner] });
        i = close + 1;
        continue;
      }
    }
    const emoticon = c < 0x3000 || c > 0x9fff ? emoticonAt(text, i) : undefined;
    if (emoticon) {
      tokens.push({ kind: 'emoticon', key: emoticon, symbol: EMOTICONS[emoticon] });
      i += emoticon.length;
      continue;
    }
    // "/s" closes a sarcastic sentence on Reddit and X
    if (ch === '/' && text[i + 1] === 's' && !isLatin(text.charCodeAt(i + 2)) && !isLatin(text.charCodeAt(i - 1))) {
      tokens.push({ kind: 'word', key: '/s', entry: lookup('/s') });
      i += 2;
      continue;
    }
    if (isCjk(c)) {
      let j = i + 1;
      while (j < text.length && isCjk(text.charCodeAt(j))) j++;
      pushCjkRun(text.slice(i, j), tokens);
      i = j;
      continue;
    }
    if (isLatin(c)) {
      let j = i + 1;
      while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
      // "n't" split off by tokenised corpora ("does n't") and glued forms ("doesn't") both negate
      const rawWord = text.slice(i, j);
      const [key, entry] = wordEntry(lexKey(rawWord));
      const shouted = !allCaps && rawWord.length > 1 && /^[A-Z]+$/.test(rawWord);
      const apostrophe = rawWord.includes("'") || rawWord.includes('’');
      const negates = apostrophe && /n['’]t$/i.test(rawWord);
      // I'll, we'd, she'll lose their apostrophe in the key and would read as ill, wed, shell
      const contraction = apostrophe && !negates && /['’](ll|d|re|ve|s|m)$/i.test(rawWord);
      tokens.push({ kind: 'word', key, entry: negates ? { negator: true } : contraction ? undefined : entry, shouted });
      i = j;
      continue;
    }
    if (c >= 0x2190) {
      const cp = text.codePointAt(i)!;
      const char = String.fromCodePoint(cp);
      if (PICTOGRAPH.test(char)) {
        tokens.push({ kind: 'emoji', key: char, symbol: EMOJI[char] });
        i += char.length;
        // skin tones, variation selectors and zero-width-joined parts belong to the same emoji
        while (i < text.length) {
          const n = text.codePointAt(i)!;
          if (n === 0xfe0f || n === 0x200d || (n >= 0x1f3fb && n <= 0x1f3ff)) i += n > 0xffff ? 2 : 1;
          else if (text.charCodeAt(i - 1) === 0x200d) i += n > 0xffff ? 2 : 1;
          else break;
        }
        continue;
      }
    }
    if (SENTENCE_END.has(ch)) tokens.push({ kind: 'sentence', key: ch });
    else if (CLAUSE_END.has(ch)) tokens.push({ kind: 'clause', key: ch });
    i++;
  }
  return mergePhrases(tokens);
}
