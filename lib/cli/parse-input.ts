// The core of `npm run parse`: one file's text → normalized records, without any I/O.
import type { CapturedRecord } from '../model';
import { adapterForResponse, adaptersForPage, runAdapter } from '../platforms';
import type { ParseContext } from '../platforms/types';
import { looksLikeHar, readHar } from '../har';

export interface ParseInputOptions {
  /** Where a single saved response or page came from (required for those; a HAR names its own URLs). */
  url?: string;
  capturedAt: string;
  /** Turns page markup into a Document (happy-dom in Node, DOMParser in a browser). */
  parseHtml(html: string, url: string): Document;
}

export interface ParseInputResult {
  records: CapturedRecord[];
  warnings: string[];
}

export class UnreadableInputError extends Error {}

export function parseInput(fileName: string, text: string, options: ParseInputOptions): ParseInputResult {
  const trimmed = text.trimStart();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  const json = looksJson ? tryJson(trimmed) : undefined;
  if (looksJson && json === undefined && !fileName.endsWith('.html')) {
    throw new UnreadableInputError(`${fileName}: not valid JSON and not an HTML page`);
  }
  if (looksHar(fileName, json)) return parseHar(json, options);
  if (!options.url) throw new UnreadableInputError(`${fileName}: a single response or page needs --url to say where it came from`);
  const result: ParseInputResult = { records: [], warnings: [] };
  if (json !== undefined) collectResponse(options.url, json, options, result);
  else collectPage(options.url, text, options, result);
  return result;
}

function looksHar(fileName: string, json: unknown): boolean {
  return fileName.toLowerCase().endsWith('.har') || looksLikeHar(json);
}

function parseHar(json: unknown, options: ParseInputOptions): ParseInputResult {
  if (!looksLikeHar(json)) throw new UnreadableInputError('not a HAR file: expected {"log": {"entries": [...]}}');
  const { responses, withoutBody } = readHar(json);
  const result: ParseInputResult = { records: [], warnings: [] };
  if (withoutBody > 0) result.warnings.push(`${withoutBody} HAR entries have no saved body and were passed over`);
  for (const response of responses) {
    if (response.mimeType.includes('html')) {
      collectPage(response.url, response.text, options, result);
    } else if (adapterForResponse(response.url)) {
      const body = tryJson(response.text);
      if (body === undefined) result.warnings.push(`${response.url}: body is not JSON, skipped`);
      else collectResponse(response.url, body, options, result);
    }
  }
  return result;
}

function collectResponse(url: string, body: unknown, options: ParseInputOptions, result: ParseInputResult): void {
  const adapter = adapterForResponse(url);
  if (!adapter) {
    result.warnings.push(`${url}: no adapter reads responses from this URL`);
    return;
  }
  addOutcome(runAdapter(adapter, 'fromResponse', body, context(url, options)), url, result);
}

function collectPage(url: string, html: string, options: ParseInputOptions, result: ParseInputResult): void {
  const doc = options.parseHtml(html, url);
  for (const adapter of adaptersForPage(url)) {
    if (!adapter.fromDocument && !adapter.fromDom) continue;
    const method = adapter.fromDocument ? 'fromDocument' : 'fromDom';
    addOutcome(runAdapter(adapter, method, doc, context(url, options)), url, result);
  }
}

function addOutcome(outcome: ReturnType<typeof runAdapter>, url: string, result: ParseInputResult): void {
  result.records.push(...outcome.records);
  if (outcome.skipped > 0) result.warnings.push(`${url}: ${outcome.adapter} skipped ${outcome.skipped} malformed item(s)`);
  if (outcome.error) result.warnings.push(`${url}: ${outcome.adapter} failed: ${outcome.error}`);
}

function context(url: string, options: ParseInputOptions): ParseContext {
  return { url, capturedAt: options.capturedAt };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
