// Loads the labelled sentiment sets in ../shared/data/sentiment (read in place, never copied) and decides,
// deterministically, which texts may be trained on and which are held out for evaluation.
// Formats and label mappings follow ../shared/data/sentiment/SOURCES.md.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARED_DIR } from '../shared-fixtures';

export type Polarity = 'positive' | 'neutral' | 'negative';
export interface LabelledText { text: string; label: Polarity }
export type Role = 'train' | 'test';

export interface SentimentSet {
  name: string;
  lang: 'zh' | 'en';
  /** binary sets are scored by the sign of the score; 3-class sets by label with each tool's own neutral band */
  classes: 2 | 3;
  /** how train/test were separated, printed with the results */
  split: string;
  load(): { train: LabelledText[]; test: LabelledText[] };
}

export const SENTIMENT_DIR = path.join(SHARED_DIR, 'data/sentiment');
export const hasSentimentData = existsSync(SENTIMENT_DIR);

const file = (rel: string) => readFileSync(path.join(SENTIMENT_DIR, rel), 'utf8');

/** FNV-1a over UTF-16 units: the same text always lands in the same bucket 0..99, on any machine. */
export function textBucket(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 100;
}

/** Hash split: texts whose bucket < testPercent are held out for evaluation. */
function hashSplit(rows: LabelledText[], testPercent: number) {
  const train: LabelledText[] = [];
  const test: LabelledText[] = [];
  for (const r of rows) (textBucket(r.text) < testPercent ? test : train).push(r);
  return { train, test };
}

/** RFC 4180-ish CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const binary = (v: string): Polarity => (v.trim() === '1' ? 'positive' : 'negative');
const clean = (t: string) => t.replace(/^\uFEFF/, '').trim();

function chnSentiCorp(): LabelledText[] {
  return parseCsv(file('chnsenticorp_htl/ChnSentiCorp_htl_all.csv')).slice(1)
    .filter(r => r.length >= 2 && clean(r[1]))
    .map(r => ({ text: clean(r[1]), label: binary(r[0]) }));
}

function onlineShopping(): LabelledText[] {
  const src = gunzipSync(readFileSync(path.join(SENTIMENT_DIR, 'online_shopping_10_cats/online_shopping_10_cats.csv.gz'))).toString('utf8');
  return parseCsv(src).slice(1)
    .filter(r => r.length >= 3 && clean(r[2]))
    .map(r => ({ text: clean(r[2]), label: binary(r[1]) }));
}

function weiboTsv(name: string): LabelledText[] {
  return file(`weibo_senti_100k/${name}`).split('\n').filter(Boolean).map(line => {
    const tab = line.indexOf('\t');
    return { text: clean(line.slice(tab + 1)), label: binary(line.slice(0, tab)) };
  }).filter(r => r.text);
}

const SMP_POLARITY: Record<string, Polarity | undefined> = {
  happy: 'positive', neutral: 'neutral', angry: 'negative', sad: 'negative', fear: 'negative',
};
function smp(name: string): LabelledText[] {
  const rows = JSON.parse(file(`smp2020_ewect/${name}`)) as { content: string; label: string }[];
  return rows.flatMap(r => {
    const label = SMP_POLARITY[r.label];
    return label && clean(r.content) ? [{ text: clean(r.content), label }] : [];
  });
}

function vader(name: string): LabelledText[] {
  return file(`vader/${name}`).split('\n').filter(Boolean).flatMap(line => {
    const [, rating, ...rest] = line.split('\t');
    const text = clean(rest.join('\t'));
    const mean = Number(rating);
    if (!text || Number.isNaN(mean)) return [];
    return [{ text, label: mean > 0.5 ? 'positive' : mean < -0.5 ? 'negative' : 'neutral' } as LabelledText];
  });
}

function sst(name: string, fine: boolean): LabelledText[] {
  return file(`sst/${name}`).split('\n').filter(Boolean).map(line => {
    const n = Number(line.slice(0, line.indexOf(' ')));
    const text = line.slice(line.indexOf(' ') + 1).trim();
    const label: Polarity = fine ? (n <= 1 ? 'negative' : n === 2 ? 'neutral' : 'positive') : n === 1 ? 'positive' : 'negative';
    return { text, label };
  });
}

function tweetEval(): LabelledText[] {
  const texts = file('tweeteval_sentiment/val_text.txt').split('\n');
  const labels = file('tweeteval_sentiment/val_labels.txt').split('\n').filter(Boolean);
  const map: Polarity[] = ['negative', 'neutral', 'positive'];
  return labels.map((l, i) => ({ text: texts[i].trim(), label: map[Number(l)] }));
}

/** Drops training texts that also occur in the test part (the two Weibo files are independent samples). */
function disjoint(train: LabelledText[], test: LabelledText[]) {
  const held = new Set(test.map(r => r.text));
  return { train: train.filter(r => !held.has(r.text)), test };
}

export const SENTIMENT_SETS: SentimentSet[] = [
  { name: 'chnsenticorp_htl', lang: 'zh', classes: 2, split: 'hash split: 20% test, 80% train',
    load: () => hashSplit(chnSentiCorp(), 20) },
  { name: 'online_shopping_10_cats', lang: 'zh', classes: 2, split: 'hash split: 20% test, 80% train',
    load: () => hashSplit(onlineShopping(), 20) },
  { name: 'weibo_senti_100k', lang: 'zh', classes: 2, split: 'train dev.tsv, test test.tsv (shared texts dropped from train)',
    load: () => disjoint(weiboTsv('dev.tsv'), weiboTsv('test.tsv')) },
  { name: 'smp2020_usual (3-class)', lang: 'zh', classes: 3, split: 'hash split: 50% test, 50% train (surprise dropped)',
    load: () => hashSplit(smp('usual_eval_labeled.txt'), 50) },
  { name: 'smp2020_virus (3-class)', lang: 'zh', classes: 3, split: 'hash split: 50% test, 50% train (surprise dropped)',
    load: () => hashSplit(smp('virus_eval_labeled.txt'), 50) },
  { name: 'sst_binary', lang: 'en', classes: 2, split: 'test stsa.binary.test; train stsa.binary.dev minus every sentence also in VADER movie snippets (most of them)',
    load: () => disjoint(sst('stsa.binary.dev', false), sst('stsa.binary.test', false)) },
  { name: 'sst_fine (3-class)', lang: 'en', classes: 3, split: 'test stsa.fine.test; train stsa.fine.dev minus every sentence also in VADER movie snippets (most of them)',
    load: () => disjoint(sst('stsa.fine.dev', true), sst('stsa.fine.test', true)) },
  { name: 'tweeteval_val (3-class)', lang: 'en', classes: 3, split: 'hash split: 50% test, 50% train',
    load: () => hashSplit(tweetEval(), 50) },
  { name: 'vader_tweets (3-class)', lang: 'en', classes: 3, split: 'never trained on: all test',
    load: () => ({ train: [], test: vader('tweets_GroundTruth.txt') }) },
  { name: 'vader_movie (3-class)', lang: 'en', classes: 3, split: 'never trained on: all test',
    load: () => ({ train: [], test: vader('movieReviewSnippets_GroundTruth.txt') }) },
  { name: 'vader_amazon (3-class)', lang: 'en', classes: 3, split: 'never trained on: all test',
    load: () => ({ train: [], test: vader('amazonReviewSnippets_GroundTruth.txt') }) },
  { name: 'vader_nyt (3-class)', lang: 'en', classes: 3, split: 'never trained on: all test',
    load: () => ({ train: [], test: vader('nytEditorialSnippets_GroundTruth.txt') }) },
];

/** Texts compared across sets: SST is tokenised and lower-cased, VADER's movie snippets are the same RT sentences raw. */
export function matchKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Every text the trainer may see for one language: the train parts, minus any text that (after matchKey)
 * occurs in ANY set's test part. This keeps e.g. SST dev sentences out of training when VADER's movie
 * snippets (same Rotten Tomatoes sentences) contain them.
 */
export function trainingTexts(lang: 'zh' | 'en'): { set: string; rows: LabelledText[] }[] {
  const loaded = SENTIMENT_SETS.map(s => ({ s, parts: s.load() }));
  const held = new Set<string>();
  for (const { parts } of loaded) for (const r of parts.test) held.add(matchKey(r.text));
  return loaded.filter(({ s }) => s.lang === lang)
    .map(({ s, parts }) => ({ set: s.name, rows: parts.train.filter(r => !held.has(matchKey(r.text))) }));
}
