// YouTube: InnerTube responses (`youtubei/v1/next` watch data and comment pages, `/player`) and the same
// JSON embedded in watch and Shorts pages as `ytInitialData` / `ytInitialPlayerResponse`.
import type { CapturedRecord, Post, Source } from '../model';
import { sliceJsonLiteral } from '../parse/json-literal';
import { isObject, type Json } from './json';
import { YOUTUBE_RESPONSE_PATTERNS } from './patterns';
import type { Adapter, ParseContext, ParseResult } from './types';
import { commentsOf } from './youtube-comments';
import { isPlayerResponse, mergeVideos, videoFromNext, videoFromPlayer } from './youtube-video';

function parseInnerTube(bodies: Json[], source: Source, ctx: ParseContext): ParseResult {
  const videos = new Map<string, Post>();
  const records: CapturedRecord[] = [];
  let skipped = 0;
  for (const body of bodies) {
    const video = isPlayerResponse(body)
      ? videoFromPlayer(body, source, ctx.capturedAt, ctx.url)
      : videoFromNext(body, source, ctx.capturedAt, ctx.url);
    if (video) {
      const known = videos.get(video.id);
      videos.set(video.id, known ? mergeVideos(known, video) : video);
    } else if (isPlayerResponse(body)) {
      skipped++;
    }
    const harvest = commentsOf(body, source, ctx.capturedAt);
    records.push(...harvest.comments);
    skipped += harvest.skipped;
  }
  return { records: [...videos.values(), ...records], skipped };
}

// `var ytInitialData = {…};` and `window["ytInitialData"] = {…};` both occur.
function embeddedJson(code: string, name: string): Json | undefined {
  const marker = new RegExp(`${name}["'\\]]*\\s*=\\s*`).exec(code);
  if (!marker) return undefined;
  const literal = sliceJsonLiteral(code, marker.index + marker[0].length);
  if (!literal) return undefined;
  try {
    const value: unknown = JSON.parse(literal);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export const youtubeAdapter: Adapter = {
  name: 'youtube',
  platform: 'youtube',
  hosts: ['www.youtube.com', 'm.youtube.com'],
  responsePatterns: YOUTUBE_RESPONSE_PATTERNS,
  fromResponse(body: unknown, ctx: ParseContext): ParseResult {
    if (!isObject(body)) return { records: [], skipped: body === undefined || body === null ? 0 : 1 };
    return parseInnerTube([body], 'api', ctx);
  },
  fromDocument(doc: Document, ctx: ParseContext): ParseResult {
    const bodies: Json[] = [];
    let skipped = 0;
    for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
      const code = script.textContent ?? '';
      for (const name of ['ytInitialPlayerResponse', 'ytInitialData']) {
        if (!code.includes(name)) continue;
        const json = embeddedJson(code, name);
        if (json) bodies.push(json);
        else if (new RegExp(`${name}["'\\]]*\\s*=\\s*[{]`).test(code)) skipped++;
      }
    }
    const result = parseInnerTube(bodies, 'embedded', ctx);
    return { records: result.records, skipped: result.skipped + skipped };
  },
};
