// Which post a Bilibili record belongs to. Comments name their post only by comment area:
// (`type`, `oid`). Posts therefore take the id of their comment area, so a video, the dynamic that
// announced it and their comments all meet on one id: type 1 → `av<aid>`, 12 → `cv<id>` (article),
// 17 → `dyn<dynamic id>` (text / forward dynamic), 11 → `album<rid>` (picture dynamic).
import type { Author } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { idOf, isObject, textOf } from './bilibili-json';

const AREA_PREFIX: Record<string, string> = { 1: 'av', 11: 'album', 12: 'cv', 17: 'dyn' };

/** Native post id of a comment area; undefined when the type or oid is missing. */
export function areaNativeId(type: unknown, oid: unknown): string | undefined {
  const typeId = idOf(type);
  const objectId = idOf(oid);
  if (!typeId || !objectId) return undefined;
  return `${AREA_PREFIX[typeId] ?? `t${typeId}-`}${objectId}`;
}

export const videoNativeId = (aid: string) => `av${aid}`;

/** The site redirects /video/<BV…> to the form with a trailing slash; the tab shows that one. */
export function videoUrl(bvid: string | undefined, aid: string): string {
  return bvid ? `https://www.bilibili.com/video/${bvid}/` : `https://www.bilibili.com/video/av${aid}/`;
}

/** Where a comment area lives, for the comment's link (`#reply<rpid>` is the site's own anchor). */
export function areaUrl(type: unknown, oid: unknown): string | undefined {
  const objectId = idOf(oid);
  if (!objectId) return undefined;
  switch (idOf(type)) {
    case '1': return `https://www.bilibili.com/video/av${objectId}/`;
    case '12': return `https://www.bilibili.com/read/cv${objectId}`;
    case '17': return `https://t.bilibili.com/${objectId}`;
    default: return undefined;
  }
}

export function bvidOf(value: unknown): string | undefined {
  const bvid = textOf(value);
  return bvid && /^BV[0-9A-Za-z]{10}$/.test(bvid) ? bvid : undefined;
}

/** `official_verify.type` / `Official.type` / `official.type`: -1 none, 0 person, 1 organisation. */
export function verifiedOf(...badges: unknown[]): boolean | undefined {
  for (const badge of badges) {
    if (!isObject(badge) || typeof badge.type !== 'number') continue;
    return badge.type >= 0;
  }
  return undefined;
}

/** "IP属地：广东" → "广东" (reply_control.location); a bare province (pub_location) stays as it is. */
export function locationOf(value: unknown): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const place = text.replace(/^IP属地[:：]\s*/, '').trim();
  return place || undefined;
}

export interface AuthorFacts {
  mid: unknown;
  name: unknown;
  followers?: unknown;
  verified?: boolean;
  location?: unknown;
}

export function bilibiliAuthor(facts: AuthorFacts): Author | undefined {
  const mid = idOf(facts.mid);
  if (!mid) return undefined;
  const author: Author = {
    id: recordId('bilibili', mid),
    platform: 'bilibili',
    name: textOf(facts.name) ?? mid,
    url: `https://space.bilibili.com/${mid}`,
  };
  const followers = parseCount(facts.followers);
  if (followers !== undefined) author.followers = followers;
  if (facts.verified !== undefined) author.verified = facts.verified;
  const location = locationOf(facts.location);
  if (location) author.location = location;
  return author;
}
