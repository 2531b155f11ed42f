// Pages embed their state as a JS literal inside a <script> (`var $render_data = [...][0] || {};`,
// `window.__INITIAL_STATE__ = {...}`). This finds the balanced JSON literal after a marker without
// evaluating any page code: scraped script text is data, never code.

/** The `{…}` or `[…]` literal that starts at `from` (after optional "=" and spaces), or undefined. */
export function sliceJsonLiteral(code: string, from = 0): string | undefined {
  let start = from;
  while (start < code.length && /[\s=:]/.test(code[start])) start++;
  const open = code[start];
  if (open !== '{' && open !== '[') return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let i = start; i < code.length; i++) {
    const ch = code[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '{' || ch === '[') {
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return code.slice(start, i + 1);
    }
  }
  return undefined;
}

/** JSON value assigned right after `marker` in `code`; undefined when absent or not valid JSON. */
export function readAssignedJson(code: string, marker: string): unknown {
  const at = code.indexOf(marker);
  if (at < 0) return undefined;
  const literal = sliceJsonLiteral(code, at + marker.length);
  if (literal === undefined) return undefined;
  try {
    return JSON.parse(literal);
  } catch {
    return undefined;
  }
}
