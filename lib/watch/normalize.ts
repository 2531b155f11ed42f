// One folding for watch terms and captured text, so "ＬＵＭＩＮＡ", "Lumina" and "lumina" are the same
// word and 光合咖啡 matches a post written in traditional characters (光合咖啡 / 說 / 們 …).
import { SIMPLIFIED, TRADITIONAL } from './t2s-table';

const TO_SIMPLIFIED = new Map<string, string>();
for (let index = 0; index < TRADITIONAL.length; index++) TO_SIMPLIFIED.set(TRADITIONAL[index], SIMPLIFIED[index]);

// Zero-width characters hide inside pasted handles and in text that dodged keyword filters (品\u200b牌).
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const WHITESPACE = /\s+/g;
// Only the table's own characters are visited: simplified text (most of it) passes in one regex scan.
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL}]`, 'g');

/** NFKC (full-width → half-width), lower case, traditional → simplified, invisible marks dropped, whitespace collapsed. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(TRADITIONAL_CHAR, (char) => TO_SIMPLIFIED.get(char) ?? char)
    .replace(WHITESPACE, ' ')
    .trim();
}
