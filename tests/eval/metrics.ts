// Classification metrics for the sentiment eval: accuracy, per-class F1 / recall and their macro means.
import type { Polarity } from './sentiment-sets';

export interface Scores { acc: number; macroF1: number; macroRecall: number }

export function classify(score: number, band: number): Polarity {
  return score > band ? 'positive' : score < -band ? 'negative' : 'neutral';
}

/** Macro means are over the gold classes present (2 for binary sets, 3 otherwise). A neutral call on a binary set is simply wrong. */
export function scoreLabels(gold: Polarity[], predicted: Polarity[]): Scores {
  const classes = [...new Set(gold)];
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  let f1Sum = 0;
  let recallSum = 0;
  for (const c of classes) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c && gold[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    f1Sum += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    recallSum += recall;
  }
  return { acc: correct / gold.length, macroF1: f1Sum / classes.length, macroRecall: recallSum / classes.length };
}
