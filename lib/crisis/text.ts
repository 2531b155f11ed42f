// Text forms the crisis detectors compare, on the same folding as watch matching (lib/watch/normalize.ts):
// full-width/half-width, case, traditional → simplified and invisible marks must not hide a term (ＲＥＦＵＮＤ,
// １２３１５ typed on a phone, 維權) or split a pasted script into "different" comments.
import { normalizeForMatch } from '../watch/normalize';

/** NFKC, lower case, traditional → simplified, invisible marks dropped, whitespace runs as one space. */
export const normalizeText = normalizeForMatch;

const NOISE = /https?:\/\/\S+|www\.\S+|@[^\s:：,，]+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Letters and digits only: URLs, @handles, punctuation, emoji and spaces dropped. Copy-pasted comments
 * (水军) differ in exactly those (a different @, a trailing emoji, a full stop) and agree in the words.
 */
export function compactText(text: string): string {
  return normalizeForMatch(text.replace(NOISE, ' ')).replace(NOT_LETTER_OR_DIGIT, '');
}
