// Counts as platforms display them: 1.2万, 3.5亿, 10万+, 1.2K, 2.3M, 1,234, "41,613,595 views".
// Unknown stays undefined (never 0): a missing count must not read as "nobody reacted".

const MULTIPLIERS: Record<string, number> = {
  '百': 1e2,
  '千': 1e3,
  '万': 1e4,
  // Chinese sites often abbreviate 万 as "w" (1.2w = 12000).
  w: 1e4,
  '亿': 1e8,
  '万亿': 1e12,
  k: 1e3,
  m: 1e6,
  b: 1e9,
};

// number, optional suffix, optional "+" (10万+ is a lower bound: we keep the bound), optional unit word.
// A Latin suffix must not run into more letters, so "3 members" is 3, not 3 million.
const COUNT = /^(\d+(?:\.\d+)?)\s*(万亿|[百千万亿]|[wkmb](?![a-z]))?\s*\+?\s*(?:[^\d\s][^\d]*)?$/i;

// Full-width forms (０-９, ，, ．, ＋, Ｋ) appear in Chinese UIs; map them to ASCII.
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

// "1,234,567" groups thousands; "1,5K" (some European locales) is a decimal comma.
function normalizeSeparators(text: string): string {
  if (/^\d{1,3}(?:,\d{3})+(?!\d)/.test(text)) return text.replace(/,(?=\d{3}(?!\d))/g, '');
  return text.replace(/^(\d+),(\d{1,2})(?!\d)/, '$1.$2');
}

/** A count no platform can show (beyond 2^53) is a broken value, not a number to store. */
export function plausibleCount(count: number): number | undefined {
  return Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}

export function parseCount(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? plausibleCount(Math.round(value)) : undefined;
  }
  if (typeof value === 'bigint') return value >= 0n && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
  if (typeof value !== 'string') return undefined;

  const text = normalizeSeparators(toHalfWidth(value).trim());
  const match = COUNT.exec(text);
  if (!match) return undefined;
  const base = Number(match[1]);
  const multiplier = match[2] ? MULTIPLIERS[match[2].toLowerCase()] : 1;
  return plausibleCount(Math.round(base * multiplier));
}
