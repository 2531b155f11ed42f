// "Why" in words: each detector input (signal, value, threshold) as a sentence a manager can repeat.
import type { CrisisType, FlagReason } from '../../lib/crisis/types';
import { formatCount, t, type MessageKey } from '../../lib/i18n';

const CRISIS_TYPES: readonly CrisisType[] = [
  'quality', 'food_safety', 'service', 'false_advertising', 'price_refund',
  'privacy', 'legal', 'safety_incident', 'executive', 'rumour',
];

export function crisisTypeName(type: string): string {
  return (CRISIS_TYPES as readonly string[]).includes(type) ? t(`crisis_type_${type as CrisisType}`) : type;
}

/**
 * Shares may come as fractions (0.46) or percents (46); the threshold tells which, since no
 * sensible share threshold is above 1 on the fraction scale or at most 1 on the percent scale.
 */
function asPercentNumber(value: number, threshold: number): number {
  return Math.abs(threshold) <= 1 ? value * 100 : value;
}

function percent(value: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)}%`;
}

function decimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

type Formatter = (reason: FlagReason, locale: string) => [MessageKey, ...string[]];

/** The lexicon detector's detail is "<type>: term, term". */
function lexiconDetail(detail: string | undefined): string {
  if (!detail) return t('crisis_reason_anyType');
  const [type, ...terms] = detail.split(': ');
  const name = crisisTypeName(type!.trim());
  return terms.length ? `${name}: ${terms.join(': ')}` : name;
}

const SENTENCES: Record<string, Formatter> = {
  mentions: ({ value, threshold }, locale) => ['crisis_reason_mentions', formatCount(value, locale), formatCount(threshold, locale)],
  negative_share: ({ value, threshold }, locale) =>
    ['crisis_reason_negative_share', percent(asPercentNumber(value, threshold), locale), percent(asPercentNumber(threshold, threshold), locale)],
  negative_rise: ({ value, threshold }, locale) =>
    ['crisis_reason_negative_rise', decimal(asPercentNumber(value, threshold), locale), decimal(asPercentNumber(threshold, threshold), locale)],
  volume_z: ({ value, threshold }, locale) => ['crisis_reason_volume_z', decimal(value, locale), decimal(threshold, locale)],
  lexicon: ({ value, threshold, detail }, locale) =>
    ['crisis_reason_lexicon', formatCount(value, locale), formatCount(threshold, locale), lexiconDetail(detail)],
  amplifier_author: ({ value, threshold, detail }, locale) =>
    ['crisis_reason_amplifier_author', formatCount(value, locale), formatCount(threshold, locale), detail ?? '—'],
  growth: ({ value, threshold }, locale) => ['crisis_reason_growth', formatCount(Math.round(value), locale), formatCount(threshold, locale)],
  hot_list: ({ value, detail }, locale) => ['crisis_reason_hot_list', formatCount(value, locale), detail ?? '—'],
  coordinated: ({ value, threshold }, locale) => ['crisis_reason_coordinated', formatCount(value, locale), formatCount(threshold, locale)],
};

/** A sentence for one reason; a signal this UI does not know yet still shows its name, value and threshold. */
export function reasonSentence(reason: FlagReason, locale: string): string {
  const formatter = SENTENCES[reason.signal];
  if (!formatter) {
    const detail = reason.detail ? ` (${reason.detail})` : '';
    return t('crisis_reason_other', reason.signal + detail, decimal(reason.value, locale), decimal(reason.threshold, locale));
  }
  const [key, ...subs] = formatter(reason, locale);
  const sentence = t(key, ...subs);
  // Details the sentence does not already carry (e.g. "12/26" labelled, the author of a fast post).
  const extra = reason.detail && DETAIL_SHOWN_APART.has(reason.signal) ? ` · ${reason.detail}` : '';
  return sentence + extra;
}

const DETAIL_SHOWN_APART = new Set(['mentions', 'negative_share', 'negative_rise', 'growth', 'coordinated']);

/** The reason a one-line summary shows: the first that is more than the minimum-sample gate. */
export function topReason(reasons: readonly FlagReason[]): FlagReason | undefined {
  return reasons.find((reason) => reason.signal !== 'mentions') ?? reasons[0];
}
