// The state douyin.com pages embed, read as DATA (never evaluated):
// - `<script id="RENDER_DATA" type="application/json">` holds URL-encoded JSON (older SSR pages);
// - `<script class="STREAM_RENDER_DATA" type="application/json">` holds plain JSON;
// - `self.__pace_f.push([1,"…"])` calls carry Next.js flight text: lines `id:payload`, a payload
//   often split over several pushes, so the strings are joined before they are cut into lines.
import { sliceJsonLiteral } from '../parse/json-literal';

const PACE_PUSH = 'self.__pace_f.push(';
// Flight lines whose payload is JSON; other kinds (T text chunks, I imports, HL hints) are not state.
const FLIGHT_LINE = /^[0-9a-f]+:(?=[[{])/;

export interface EmbeddedState {
  /** Parsed JSON roots, in page order. */
  roots: unknown[];
  /** Blocks that looked like state but did not parse. */
  broken: number;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** RENDER_DATA is percent-encoded; STREAM_RENDER_DATA is not. Try as it is, then decoded. */
function parseMaybeEncoded(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const direct = trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJson(trimmed) : undefined;
  if (direct !== undefined) return direct;
  try {
    return parseJson(decodeURIComponent(trimmed));
  } catch {
    return undefined;
  }
}

/** The string argument of every `self.__pace_f.push([n, "…"])` in one script. */
function paceStrings(code: string): { chunks: string[]; broken: number } {
  const chunks: string[] = [];
  let broken = 0;
  for (let at = code.indexOf(PACE_PUSH); at >= 0; at = code.indexOf(PACE_PUSH, at + PACE_PUSH.length)) {
    const literal = sliceJsonLiteral(code, at + PACE_PUSH.length);
    const args = literal === undefined ? undefined : parseJson(literal);
    if (Array.isArray(args) && typeof args[1] === 'string') chunks.push(args[1]);
    else if (!Array.isArray(args)) broken++;
  }
  return { chunks, broken };
}

/** JSON payloads of flight lines that may hold posts; the rest (markup trees without ids) is skipped unparsed. */
function flightRoots(text: string): { roots: unknown[]; broken: number } {
  const roots: unknown[] = [];
  let broken = 0;
  for (const line of text.split('\n')) {
    if (!FLIGHT_LINE.test(line) || !/aweme_?[iI]d|"cid"|word_?[lL]ist/.test(line)) continue;
    const value = parseJson(line.slice(line.indexOf(':') + 1));
    if (value === undefined) broken++;
    else roots.push(value);
  }
  return { roots, broken };
}

export function readEmbeddedState(doc: Document): EmbeddedState {
  const roots: unknown[] = [];
  let broken = 0;
  const pace: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const code = script.textContent ?? '';
    if (script.id === 'RENDER_DATA' || script.classList.contains('STREAM_RENDER_DATA')) {
      const value = parseMaybeEncoded(code);
      if (value === undefined) broken++;
      else roots.push(value);
    } else if (code.includes(PACE_PUSH)) {
      const found = paceStrings(code);
      pace.push(...found.chunks);
      broken += found.broken;
    }
  }
  if (pace.length) {
    const flight = flightRoots(pace.join(''));
    roots.push(...flight.roots);
    broken += flight.broken;
  }
  return { roots, broken };
}
