import type { CapturedRecord, Platform } from '../model';

/** What an adapter is given: the context of one page and the moment of capture. */
export interface ParseContext {
  /** URL of the response (for fromResponse) or of the page (for fromDocument / fromDom). */
  url: string;
  /** ISO time of capture; relative times ("3分钟前", "2h") are resolved against it. */
  capturedAt: string;
}

/** Records an adapter found, plus how many items it had to skip as malformed. */
export interface ParseResult {
  records: CapturedRecord[];
  skipped: number;
}

/**
 * One platform's reader. Every method is pure: input → records. No `browser.*`, no globals.
 * A thrown error is caught by the registry and counted against this adapter only.
 */
export interface Adapter {
  /** Name used in capture-health counters, e.g. 'weibo', 'x', 'generic'. */
  name: string;
  platform: Platform;
  /** Hostnames this adapter's pages live on (used for content-script matching and routing). */
  hosts: readonly string[];
  /** URL patterns of API responses worth reading; the MAIN-world tap forwards only these. */
  responsePatterns: readonly RegExp[];
  /** Parse one API response body (already JSON-parsed where it was JSON, else the text). */
  fromResponse?(body: unknown, ctx: ParseContext): ParseResult;
  /** Parse embedded page state / markup of a whole document (on load, and in the CLI on saved pages). */
  fromDocument?(doc: Document, ctx: ParseContext): ParseResult;
  /** DOM fallback on the live page, called (throttled) as the page mutates. */
  fromDom?(doc: Document, ctx: ParseContext): ParseResult;
}
