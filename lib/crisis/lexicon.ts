// Which crisis types a text talks about, by the terms of lexicon-data.ts. A flagged item carries its types.
import { CRISIS_LEXICON } from './lexicon-data';
import { normalizeText } from './text';
import type { CrisisType } from './types';

export interface CrisisHit {
  type: CrisisType;
  term: string;
  /** An everyday word (客服, CEO): it names the type only when the item is negative. */
  weak?: boolean;
}

export const CRISIS_TYPES = Object.keys(CRISIS_LEXICON) as CrisisType[];

interface CompiledTerm { term: string; weak: boolean }
interface CompiledType { type: CrisisType; tight: CompiledTerm[]; spaced: CompiledTerm[]; exclude: string[] }

/** Terms of only Latin letters, digits and joiners match as whole words: "rat" must not match "rating". */
const LATIN_TERM = /^[a-z0-9][a-z0-9 .'&-]*$/;
const LATIN_CHAR = /[a-z0-9]/;
/** Blanks an excluded phrase with a character no term contains, so it cannot join its neighbours into a term. */
const BLANK = '\u0000';

function compile(): CompiledType[] {
  return CRISIS_TYPES.map((type) => {
    const entry = CRISIS_LEXICON[type];
    const terms: CompiledTerm[] = [
      ...[...entry.zh, ...entry.en].map((term) => ({ term: normalizeText(term), weak: false })),
      ...(entry.weak ?? []).map((term) => ({ term: normalizeText(term), weak: true })),
    ].filter((t, index, all) => all.findIndex((other) => other.term === t.term) === index);
    return {
      type,
      // Chinese is written without spaces, and a space typed inside a term (CEO 言论) must not hide it.
      tight: terms.filter((t) => !LATIN_TERM.test(t.term)).map((t) => ({ ...t, term: t.term.replace(/ /g, '') })),
      spaced: terms.filter((t) => LATIN_TERM.test(t.term)),
      exclude: (entry.exclude ?? []).map(normalizeText),
    };
  });
}

let compiled: CompiledType[] | undefined;

function blankOut(text: string, phrases: readonly string[]): string {
  let out = text;
  for (const phrase of phrases) if (out.includes(phrase)) out = out.split(phrase).join(BLANK);
  return out;
}

function hasWord(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = at + term.length < text.length ? text[at + term.length] : ' ';
    if (!LATIN_CHAR.test(before) && !LATIN_CHAR.test(after)) return true;
  }
  return false;
}

/** Crisis types the text mentions, with the term that matched, in lexicon order; each term once. */
export function crisisTypesOf(text: string): CrisisHit[] {
  if (!text) return [];
  compiled ??= compile();
  const spacedText = normalizeText(text);
  const tightText = spacedText.replace(/ /g, '');
  const hits: CrisisHit[] = [];
  for (const { type, tight, spaced, exclude } of compiled) {
    const tightHere = exclude.length ? blankOut(tightText, exclude.map((p) => p.replace(/ /g, ''))) : tightText;
    const spacedHere = exclude.length ? blankOut(spacedText, exclude) : spacedText;
    for (const { term, weak } of tight) if (tightHere.includes(term)) hits.push(weak ? { type, term, weak } : { type, term });
    for (const { term, weak } of spaced) if (hasWord(spacedHere, term)) hits.push(weak ? { type, term, weak } : { type, term });
  }
  return hits;
}

/** Types named by the hits, given the item's sentiment: weak terms count only on negative items. */
export function typesOfHits(hits: readonly CrisisHit[], negative: boolean): CrisisType[] {
  const types: CrisisType[] = [];
  for (const hit of hits) if ((negative || !hit.weak) && !types.includes(hit.type)) types.push(hit.type);
  return types;
}
