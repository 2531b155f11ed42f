// Dynamics (动态) of x/polymer/web-dynamic (feed/all, feed/space, detail): one item per card, with
// its parts in `modules` (author, content, counts) and its comment area in `basic`. A forward
// carries the original in `orig`, kept as a post of its own.
import type { Media, Post } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { parseTime } from '../parse/time';
import { areaNativeId, bilibiliAuthor, bvidOf, verifiedOf, videoNativeId, videoUrl } from './bilibili-ids';
import { arrayOf, definedOnly, idOf, isObject, type Json, objectAt, textOf } from './bilibili-json';
import { plainTitle, videoText } from './bilibili-videos';
import type { ParseContext } from './types';

/** The opus detail shape lists modules as `[{module_type, module_author: …}, …]`; the feeds key them. */
function modulesOf(item: Json): Json {
  if (isObject(item.modules)) return item.modules;
  const merged: Json = {};
  for (const part of arrayOf(item.modules)) if (isObject(part)) Object.assign(merged, part);
  return merged;
}

/** Opus pages write the text as paragraphs of word nodes (`module_content.paragraphs[].text.nodes[].word.words`). */
function paragraphText(modules: Json): string | undefined {
  const lines = arrayOf(objectAt(modules, 'module_content')?.paragraphs).map((paragraph) =>
    arrayOf(objectAt(paragraph, 'text')?.nodes).map((node) => objectAt(node, 'word')?.words).filter((words) => typeof words === 'string').join(''));
  return textOf(lines.join('\n'));
}

function countAt(stat: Json | undefined, key: string): number | undefined {
  return parseCount(objectAt(stat, key)?.count);
}

function mediaOf(type: unknown, major: Json | undefined): Media {
  if (objectAt(major, 'archive')) return 'video';
  if (type === 'DYNAMIC_TYPE_ARTICLE' || objectAt(major, 'article')) return 'article';
  const pics = [...arrayOf(objectAt(major, 'draw')?.items), ...arrayOf(objectAt(major, 'opus')?.pics)];
  return pics.length > 0 ? 'image' : 'text';
}

/** A video dynamic is the video itself (same comment area): it becomes the video's post. */
function videoFromArchive(archive: Json, modules: Json, ctx: ParseContext): Post | undefined {
  const aid = idOf(archive.aid);
  const authorModule = objectAt(modules, 'module_author');
  const author = bilibiliAuthor({ mid: authorModule?.mid, name: authorModule?.name, verified: verifiedOf(authorModule?.official_verify, authorModule?.official) });
  if (!aid || !author) return undefined;
  const title = plainTitle(archive.title);
  return definedOnly<Post>({
    id: recordId('bilibili', videoNativeId(aid)),
    platform: 'bilibili',
    kind: 'post',
    url: videoUrl(bvidOf(archive.bvid), aid),
    author,
    text: videoText(archive.desc, title),
    title,
    media: 'video',
    createdAt: parseTime(authorModule?.pub_ts, ctx.capturedAt) ?? parseTime(authorModule?.pub_time, ctx.capturedAt),
    // Only counts that are surely the video's: its play count (a display string, "245.8万") and the
    // comment area both share. The card's like/forward counts may be the dynamic's own.
    metrics: definedOnly({
      views: parseCount(objectAt(archive, 'stat')?.play),
      comments: countAt(objectAt(modules, 'module_stat'), 'comment'),
    }),
    capturedAt: ctx.capturedAt,
    source: 'api',
  });
}

export function toDynamicPost(item: unknown, ctx: ParseContext): Post | undefined {
  if (!isObject(item)) return undefined;
  const modules = modulesOf(item);
  const content = objectAt(modules, 'module_dynamic');
  const major = objectAt(content, 'major');
  const archive = objectAt(major, 'archive');
  if (archive) return videoFromArchive(archive, modules, ctx);

  const dynamicId = idOf(item.id_str, item.id);
  const basic = objectAt(item, 'basic');
  const nativeId = areaNativeId(basic?.comment_type, basic?.comment_id_str) ?? (dynamicId ? `dyn${dynamicId}` : undefined);
  const authorModule = objectAt(modules, 'module_author');
  const author = bilibiliAuthor({ mid: authorModule?.mid, name: authorModule?.name, verified: verifiedOf(authorModule?.official_verify, authorModule?.official) });
  if (!dynamicId || !nativeId || !author) return undefined;
  const opus = objectAt(major, 'opus');
  const article = objectAt(major, 'article');
  const stat = objectAt(modules, 'module_stat');
  return definedOnly<Post>({
    id: recordId('bilibili', nativeId),
    platform: 'bilibili',
    kind: 'post',
    url: `https://t.bilibili.com/${dynamicId}`,
    author,
    text: textOf(objectAt(content, 'desc')?.text) ?? textOf(objectAt(opus, 'summary')?.text) ?? textOf(article?.desc) ?? paragraphText(modules) ?? '',
    title: plainTitle(opus?.title ?? article?.title),
    media: mediaOf(item.type, major),
    createdAt: parseTime(authorModule?.pub_ts, ctx.capturedAt) ?? parseTime(authorModule?.pub_time, ctx.capturedAt),
    metrics: definedOnly({ likes: countAt(stat, 'like'), comments: countAt(stat, 'comment'), shares: countAt(stat, 'forward') }),
    capturedAt: ctx.capturedAt,
    source: 'api',
  });
}

/** The dynamic items of a polymer response: `data.items` (feeds) or `data.item` (detail). */
export function dynamicItems(data: Json): unknown[] {
  return isObject(data.item) ? [data.item] : arrayOf(data.items);
}
