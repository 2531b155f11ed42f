// Crisis-lexicon hits by type over the window's non-positive voices (a coordinated cluster once). Weak terms
// (客服, CEO) count only on negative voices; positive voices never count ("fire" in "this drop is fire").
import { CRISIS_TYPES, crisisTypesOf } from './lexicon';
import type { Voice } from './detectors-voices';
import type { CrisisType } from './types';

export interface LexiconSignal {
  type: CrisisType;
  /** Non-positive voices naming this type; of them, negative ones. */
  voices: number;
  negative: number;
  /** The terms that matched, most frequent first. */
  terms: string[];
  recordIds: string[];
}

export function lexiconSignals(voices: readonly Voice[]): LexiconSignal[] {
  const byType = new Map<CrisisType, LexiconSignal & { termCounts: Map<string, number> }>();
  for (const voice of voices) {
    if (voice.label === 'positive') continue;
    const negative = voice.label === 'negative';
    const counted = new Set<CrisisType>();
    for (const hit of crisisTypesOf(voice.lead.text)) {
      if (hit.weak && !negative) continue;
      let signal = byType.get(hit.type);
      if (!signal) byType.set(hit.type, (signal = { type: hit.type, voices: 0, negative: 0, terms: [], recordIds: [], termCounts: new Map() }));
      signal.termCounts.set(hit.term, (signal.termCounts.get(hit.term) ?? 0) + 1);
      if (counted.has(hit.type)) continue;
      counted.add(hit.type);
      signal.voices++;
      if (negative) signal.negative++;
      signal.recordIds.push(voice.lead.recordId);
    }
  }
  return [...byType.values()]
    .map(({ termCounts, ...signal }) => ({ ...signal, terms: [...termCounts].sort((a, b) => b[1] - a[1]).map(([term]) => term) }))
    .sort((a, b) => b.voices - a.voices || CRISIS_TYPES.indexOf(a.type) - CRISIS_TYPES.indexOf(b.type));
}
