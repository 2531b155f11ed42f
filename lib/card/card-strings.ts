// The card's words in the browser's language, looked up in the background (the page has no access to
// our catalogs) and sent along with the verdict.
import englishCatalog from '../../public/_locales/en/messages.json';
import { messageFrom, type MessageKey } from '../i18n';
import type { CardStrings } from './card-model';

export function cardStrings(t: (key: MessageKey) => string): CardStrings {
  return {
    title: t('card_title'),
    labels: { positive: t('card_positive'), neutral: t('card_neutral'), negative: t('card_negative') },
    score: t('card_score'),
    confidence: t('card_confidence'),
    aspects: t('card_aspects'),
    aspectNames: {
      price: t('card_aspect_price'),
      quality: t('card_aspect_quality'),
      service: t('card_aspect_service'),
      logistics: t('card_aspect_logistics'),
      safety: t('card_aspect_safety'),
      honesty: t('card_aspect_honesty'),
    },
    reasons: t('card_reasons'),
    noReasons: t('card_noReasons'),
    sarcasm: t('card_sarcasm'),
    close: t('card_close'),
  };
}

export const ENGLISH_CARD_STRINGS: CardStrings = cardStrings((key) => messageFrom(englishCatalog, key));
