// WeChat article pages keep their metadata in inline-script assignments, not in JSON:
//   var biz = "" || "MjM5ODAyNTcwMA==";    var ct = "1521408600";    var svr_time = "1523112999" * 1;
//   var msg_desc = "◇第一条\x0a◇第二条";   (newer pages) var nickname = htmlDecode("…"); var msg_title = '…'.html(false);
// The values are read as data with a tiny literal reader; page code is never evaluated.

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

interface Literal {
  value: string;
  end: number;
}

function hexEscape(code: string, at: number, digits: number): string | undefined {
  const hex = code.slice(at, at + digits);
  return new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex) ? String.fromCharCode(parseInt(hex, 16)) : undefined;
}

/** The JS string literal opening at `start` ("…" or '…'), escapes decoded; undefined when it never closes. */
export function readStringLiteral(code: string, start: number): Literal | undefined {
  const quote = code[start];
  if (quote !== '"' && quote !== "'") return undefined;
  let value = '';
  for (let i = start + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === quote) return { value, end: i + 1 };
    if (ch === '\n') return undefined;
    if (ch !== '\\') {
      value += ch;
      continue;
    }
    const next = code[++i];
    if (next === undefined) return undefined;
    if (next === 'x' || next === 'u') {
      const digits = next === 'x' ? 2 : 4;
      const decoded = hexEscape(code, i + 1, digits);
      if (decoded === undefined) value += next;
      else {
        value += decoded;
        i += digits;
      }
    } else if (next === '\n') {
      // A backslash at the end of a line continues the string.
    } else {
      value += SIMPLE_ESCAPES[next] ?? next;
    }
  }
  return undefined;
}

const NUMBER = /\d+(?:\.\d+)?/y;
const SPACES = /\s*/y;
// `htmlDecode(` and similar one-argument wrappers around the literal.
const WRAPPER = /[A-Za-z_$][\w$]*\s*\(\s*/y;
const OR = /\s*(?:\)\s*)?(?:\.[A-Za-z_$][\w$]*\([^()]*\)\s*)?(?:\*\s*1\s*)?\|\|\s*/y;

function sticky(pattern: RegExp, code: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(code);
}

/** One operand of the `a || b || c` chain: a string or number literal, maybe inside a wrapper call. */
function readOperand(code: string, at: number): Literal | undefined {
  let i = at + (sticky(SPACES, code, at)?.[0].length ?? 0);
  const wrapper = sticky(WRAPPER, code, i);
  if (wrapper) i += wrapper[0].length;
  const number = sticky(NUMBER, code, i);
  if (number) return { value: number[0], end: i + number[0].length };
  return readStringLiteral(code, i);
}

/**
 * The value a page assigns with `var <name> = …`: like JS `||`, the first non-empty operand.
 * Undefined when the variable is absent or its value is not a literal.
 */
export function readScriptVar(code: string, name: string): string | undefined {
  const assignment = new RegExp(`(?:^|[^\\w$.])var\\s+${name.replace(/[$]/g, '\\$')}\\s*=\\s*`, 'g');
  const found = assignment.exec(code);
  if (!found) return undefined;
  let at = found.index + found[0].length;
  let value: string | undefined;
  for (;;) {
    const operand = readOperand(code, at);
    if (!operand) return value;
    value = operand.value;
    if (value !== '') return value;
    const or = sticky(OR, code, operand.end);
    if (!or) return value;
    at = operand.end + or[0].length;
  }
}
