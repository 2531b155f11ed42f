// Serve platform pages and API responses from files, and refuse every other request, so the
// browser never touches the network (there is none here, and tests must not depend on it).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';

export interface FixtureResponse {
  body?: string | Buffer;
  /** Absolute path of a file whose bytes are served as they are. */
  file?: string;
  contentType?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Fail the request with this network error (e.g. 'failed') instead of answering it. */
  abort?: string;
  /** Hold the answer back until this resolves (to act while the page waits). */
  gate?: Promise<unknown>;
}

export type UrlMatcher = string | RegExp;
/** A fixed answer, or one chosen per request (by id in the query, as an API would). */
export type FixtureAnswer = FixtureResponse | ((url: URL) => FixtureResponse);
/** Glob keys (Playwright globs) or explicit [glob | RegExp, answer] pairs. */
export type FixtureRoutes = Record<string, FixtureAnswer> | ReadonlyArray<readonly [UrlMatcher, FixtureAnswer]>;

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function contentTypeOf(response: FixtureResponse): string {
  if (response.contentType) return response.contentType;
  if (response.file) return CONTENT_TYPES[path.extname(response.file)] ?? 'application/octet-stream';
  return 'application/json; charset=utf-8';
}

function entriesOf(routes: FixtureRoutes): Array<readonly [UrlMatcher, FixtureAnswer]> {
  return Array.isArray(routes) ? [...routes] : Object.entries(routes);
}

function fulfiller(response: FixtureResponse): (route: Route) => Promise<void> {
  // Read once: a 12 MB body is served many times in some specs.
  const body = response.body ?? (response.file ? readFileSync(response.file) : '');
  const contentType = contentTypeOf(response);
  return async (route) => {
    if (response.gate) await response.gate;
    if (response.abort) return route.abort(response.abort);
    await route.fulfill({ status: response.status ?? 200, contentType, headers: response.headers, body });
  };
}

/**
 * Answer matching requests from fixtures. Later registrations win over earlier ones (Playwright
 * runs routes newest first), so these override the catch-all that `blockExternalRequests` set up.
 */
export async function routeFixtures(context: BrowserContext, routes: FixtureRoutes): Promise<void> {
  for (const [matcher, answer] of entriesOf(routes)) {
    const handler = typeof answer === 'function'
      ? (route: Route) => fulfiller(answer(new URL(route.request().url())))(route)
      : fulfiller(answer);
    await context.route(matcher, handler);
  }
}

/** Abort every http(s) request no fixture answers; remember it so a spec can show what leaked. */
export async function blockExternalRequests(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    blocked.push(route.request().url());
    await route.abort('blockedbyclient');
  });
}
