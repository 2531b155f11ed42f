// Tests only: `t` backed by the real English and Chinese catalogs, as the browser would answer.
import english from '../../public/_locales/en/messages.json';
import chinese from '../../public/_locales/zh_CN/messages.json';
import { messageFrom } from '../i18n';
import type { Translate } from './reason-text';

export const tEnglish: Translate = (key, ...subs) => messageFrom(english, key, subs);
export const tChinese: Translate = (key, ...subs) => messageFrom(chinese, key, subs);
