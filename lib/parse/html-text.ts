// Platform HTML snippets (Weibo `text`, Zhihu `content`) → plain text. Pure string code on purpose:
// it runs in the background service worker and in Node, where there is no DOMParser.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', times: '×', divide: '÷',
  laquo: '«', raquo: '»', yen: '¥', euro: '€', pound: '£', cent: '¢', deg: '°',
  ensp: ' ', emsp: ' ', thinsp: ' ', zwj: '\u200d', zwnj: '\u200c',
};

// An attribute value may contain ">" inside quotes, so a tag is "<name" then quoted strings or non-">" chars.
const TAG_BODY = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const IMG_TAG = new RegExp(`<img\\b${TAG_BODY}>`, 'gi');
const ANY_TAG = new RegExp(`</?[a-z][a-z0-9-]*${TAG_BODY}>`, 'gi');
// Weibo writes emoticons as <img alt=[哈哈] src=…> — the alt is often unquoted.
const ALT_ATTR = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const BLOCK_END = /<\/(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|pre)\s*>/gi;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0\u2002\u2003\u2009]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(IMG_TAG, (tag) => {
      const alt = ALT_ATTR.exec(tag);
      return alt ? (alt[1] ?? alt[2] ?? alt[3]) : '';
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK_END, '\n')
    .replace(ANY_TAG, '');
  // Decode after stripping, so an escaped "&lt;b&gt;" in the text stays visible text.
  return tidyWhitespace(decodeEntities(stripped));
}
