// `<script>window.__INITIAL_STATE__={…}</script>` on Xiaohongshu pages is a JavaScript literal, not
// JSON: unset fields are written as bare `undefined`. It is read as data (never evaluated): the
// literal is cut out by bracket balance, each `undefined` outside a string becomes `null`, then JSON.parse.
import { sliceJsonLiteral } from '../parse/json-literal';

export const STATE_MARKER = '__INITIAL_STATE__';

/** The literal with every bare `undefined` token (outside strings) replaced by `null`. */
export function undefinedToNull(literal: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < literal.length; i++) {
    const ch = literal[i];
    if (quote) {
      out += ch;
      if (ch === '\\' && i + 1 < literal.length) out += literal[++i];
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      out += ch;
    } else if (literal.startsWith('undefined', i) && !/[\w$]/.test(literal[i - 1] ?? '') && !/[\w$]/.test(literal[i + 9] ?? '')) {
      out += 'null';
      i += 8;
    } else {
      out += ch;
    }
  }
  return out;
}

/** The state object assigned in this script text, or undefined (absent, cut short or not data). */
export function readInitialState(code: string): unknown {
  const at = code.indexOf(STATE_MARKER);
  if (at < 0) return undefined;
  const literal = sliceJsonLiteral(code, at + STATE_MARKER.length);
  if (literal === undefined) return undefined;
  try {
    return JSON.parse(undefinedToNull(literal));
  } catch {
    return undefined;
  }
}
