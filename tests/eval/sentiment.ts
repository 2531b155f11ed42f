// `npm run eval:sentiment`: Earshot's analyzer next to VADER (vader-sentiment) and AFINN-165 (sentiment) on the
// held-out parts of the labelled sets in ../shared/data/sentiment — same texts, same run, one core (Node's main thread).
// Binary sets: accuracy of the sign of the score. 3-class sets: each tool's own neutral band
// (Earshot: its label; VADER: compound ±0.05; AFINN: score 0 → neutral).
import { createRequire } from 'node:module';
import { analyze, ANALYZER_VERSION } from '../../lib/sentiment';
import { classify, scoreLabels, type Scores } from './metrics';
import { hasSentimentData, SENTIMENT_DIR, SENTIMENT_SETS, type Polarity } from './sentiment-sets';

const require = createRequire(import.meta.url);

interface Tool { name: string; predict(text: string): Polarity; binary(text: string): Polarity }

function tools(): Tool[] {
  const vader = require('vader-sentiment').SentimentIntensityAnalyzer;
  const Afinn = require('sentiment');
  const afinn = new Afinn();
  const sign = (s: number): Polarity => classify(s, 0);
  return [
    { name: 'Earshot', predict: t => analyze(t).label, binary: t => sign(analyze(t).score) },
    { name: 'VADER', predict: t => classify(vader.polarity_scores(t).compound, 0.05), binary: t => sign(vader.polarity_scores(t).compound) },
    { name: 'AFINN', predict: t => classify(afinn.analyze(t).score, 0), binary: t => sign(afinn.analyze(t).score) },
  ];
}

/**
 * Predictions from the first timed pass; texts/s is the best of up to three passes (at most ~3 s each tool and set),
 * so a busy machine penalises every tool alike and a one-off stall does not decide the number.
 */
function run(tool: Tool, texts: string[], classes: 2 | 3) {
  const call = classes === 2 ? tool.binary : tool.predict;
  for (let i = 0; i < Math.min(500, texts.length); i++) call(texts[i]); // warm-up: let the JIT see the code first
  let predicted: Polarity[] = [];
  let best = 0;
  let spent = 0;
  for (let pass = 0; pass < 3 && (pass === 0 || spent < 3); pass++) {
    const start = process.hrtime.bigint();
    const out = texts.map(call);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (pass === 0) predicted = out;
    best = Math.max(best, texts.length / seconds);
    spent += seconds;
  }
  return { predicted, perSecond: best };
}

const fmt = (x: number) => x.toFixed(3);
const rate = (x: number) => Math.round(x).toLocaleString('en-US');

function main() {
  if (!hasSentimentData) {
    console.log(`[earshot] ${SENTIMENT_DIR} not found: the sentiment eval needs the shared labelled sets next to the repo. Nothing evaluated.`);
    return;
  }
  const only = process.argv.slice(2);
  console.log(`Earshot analyzer ${ANALYZER_VERSION} — held-out texts only; Node ${process.version}, one core`);
  console.log('Training (npm run train:sentiment) used only the train parts below, minus any text that also occurs in any test part.');
  console.log('English: no word n-grams are learnt (too little English training text); English is scored by the lexicon and rules,');
  console.log('with one weight, the neutral band and the length damping calibrated on tweeteval/SST train parts.\n');
  const all = tools();
  const summary: string[] = [];
  const goals: string[] = [];
  const speed: Record<string, Record<'zh' | 'en', { texts: number; seconds: number }>> = {};
  for (const tool of all) speed[tool.name] = { zh: { texts: 0, seconds: 0 }, en: { texts: 0, seconds: 0 } };
  for (const set of SENTIMENT_SETS) {
    if (only.length && !only.some(o => set.name.includes(o))) continue;
    const { test } = set.load();
    const texts = test.map(r => r.text);
    const gold = test.map(r => r.label);
    const counts = ['positive', 'neutral', 'negative'].map(l => `${l.slice(0, 3)} ${gold.filter(g => g === l).length}`).join(', ');
    console.log(`## ${set.name} [${set.lang}] n=${texts.length} (${counts}); split: ${set.split}`);
    console.log(`  ${'tool'.padEnd(8)} ${'acc'.padStart(6)} ${'macroF1'.padStart(8)} ${'macroRec'.padStart(9)} ${'texts/s'.padStart(10)}`);
    const results: Record<string, Scores & { perSecond: number }> = {};
    for (const tool of all) {
      const { predicted, perSecond } = run(tool, texts, set.classes);
      const s = scoreLabels(gold, predicted);
      results[tool.name] = { ...s, perSecond };
      speed[tool.name][set.lang].texts += texts.length;
      speed[tool.name][set.lang].seconds += texts.length / perSecond;
      console.log(`  ${tool.name.padEnd(8)} ${fmt(s.acc).padStart(6)} ${fmt(s.macroF1).padStart(8)} ${fmt(s.macroRecall).padStart(9)} ${rate(perSecond).padStart(10)}`);
    }
    const e = results.Earshot, v = results.VADER;
    const mark = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
    if (set.lang === 'zh' && set.classes === 2) {
      const want = set.name.startsWith('weibo') ? 0.9 : 0.88;
      goals.push(`${mark(e.acc >= want)} ${set.name}: accuracy ${fmt(e.acc)} (goal ≥ ${want})`);
    }
    if (set.lang === 'en') goals.push(`${mark(e.macroF1 > v.macroF1)} ${set.name}: macro-F1 ${fmt(e.macroF1)} (goal > VADER ${fmt(v.macroF1)})`);
    summary.push(set.classes === 2
      ? `${set.name}: Earshot acc ${fmt(e.acc)} vs VADER ${fmt(v.acc)}`
      : `${set.name}: Earshot macro-F1 ${fmt(e.macroF1)} vs VADER ${fmt(v.macroF1)}`);
    console.log('');
  }
  console.log('Summary\n  ' + summary.join('\n  '));
  const perSecond = (tool: string, lang: 'zh' | 'en') => speed[tool][lang].texts / speed[tool][lang].seconds;
  if (speed.Earshot.zh.texts) {
    const zh = perSecond('Earshot', 'zh');
    goals.push(`${zh >= 20000 ? 'met   ' : 'MISSED'} Chinese throughput: ${rate(zh)} texts/s over all Chinese sets (goal ≥ 20,000)`);
  }
  if (speed.Earshot.en.texts) {
    const en = perSecond('Earshot', 'en'), vader = perSecond('VADER', 'en');
    goals.push(`${en >= vader ? 'met   ' : 'MISSED'} English throughput: ${rate(en)} texts/s vs VADER ${rate(vader)} (goal ≥ VADER)`);
  }
  console.log('\nGoals (issue #3)\n  ' + goals.join('\n  '));
}

main();
