// Instagram web: the xdt GraphQL answers (`api/graphql`, `graphql/query`), the v1 REST API
// (`api/v1/feed/…`, `api/v1/media/{id}/comments/`), the legacy `shortcode_media` GraphQL, and the
// JSON the pages embed for Relay. Facts: ../shared/docs/platforms.md §11.
import { readAssignedJson } from '../parse/json-literal';
import { InstagramCollector } from './instagram-collect';
import type { CommentPlace } from './instagram-records';
import { INSTAGRAM_RESPONSE_PATTERNS } from './patterns';
import type { Adapter, ParseContext, ParseResult } from './types';

// Facebook-built endpoints may prefix JSON with an infinite loop against JSON hijacking.
const HIJACK_GUARD = /^\s*for\s*\(;;\);/;

/** Bodies arrive parsed; a guarded one arrives as text and is read as data here. */
function bodyOf(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body.replace(HIJACK_GUARD, ''));
  } catch {
    return undefined;
  }
}

/** `api/v1/media/{mediaId}/comments/` and `…/comments/{commentId}/child_comments/` name the thread in the path. */
function placeFromRequest(url: string): CommentPlace {
  const match = /\/api\/v1\/media\/(\d{1,25})\/comments\/(?:(\d{1,25})\/child_comments\/)?/.exec(url);
  return { postId: match?.[1], parentId: match?.[2] };
}

function fromResponse(body: unknown, ctx: ParseContext): ParseResult {
  const data = bodyOf(body);
  if (data === null || typeof data !== 'object') return { records: [], skipped: 1 };
  const collector = new InstagramCollector(ctx.capturedAt, 'api');
  collector.walk(data, placeFromRequest(ctx.url));
  return collector.result();
}

// Relay data rides in `<script type="application/json">` blocks (ScheduledServerJS →
// RelayPrefetchedStreamCache / PolarisQueryPreloaderCache); older pages assign window._sharedData.
const EMBEDDED_MARKERS = ['xdt_api__v1__', 'shortcode_media', 'RelayPrefetchedStreamCache', 'PolarisQueryPreloaderCache'];

function fromDocument(doc: Document, ctx: ParseContext): ParseResult {
  const collector = new InstagramCollector(ctx.capturedAt, 'embedded');
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const code = script.textContent ?? '';
    if (code.includes('window._sharedData')) {
      const shared = readAssignedJson(code, 'window._sharedData =');
      if (shared === undefined) collector.skipped++;
      else collector.walk(shared);
      continue;
    }
    if (script.type !== 'application/json' || !EMBEDDED_MARKERS.some((marker) => code.includes(marker))) continue;
    try {
      collector.walk(JSON.parse(code));
    } catch {
      collector.skipped++;
    }
  }
  return collector.result();
}

export const instagramAdapter: Adapter = {
  name: 'instagram',
  platform: 'instagram',
  hosts: ['www.instagram.com'],
  responsePatterns: INSTAGRAM_RESPONSE_PATTERNS,
  fromResponse,
  fromDocument,
};
