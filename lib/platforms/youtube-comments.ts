// Comments from `youtubei/v1/next` continuations (and ytInitialData): the 2024+ entity format, where the
// thread list only holds keys and the data sits in `frameworkUpdates.entityBatchUpdate.mutations[]`, and
// the older inline `commentRenderer`. Neither carries an absolute time (only "4 years ago (edited)") nor a
// parent id: a reply's id is "<threadId>.<replyId>", which is how the thread is found.
import { recordId, type Author, type Comment, type Source } from '../model';
import { parseCount } from '../parse/count';
import { parseTime } from '../parse/time';
import { arrayOf, definedOnly, isObject, objectAt, textOf, type Json } from './json';
import { channelUrl, rendererText, videoIdOfCommand, watchUrl } from './youtube-text';

export interface CommentHarvest {
  comments: Comment[];
  skipped: number;
}

/** Every continuation item of the response: reload/append commands and the watch page's item sections. */
function continuationItems(body: Json): unknown[] {
  const items: unknown[] = [];
  for (const endpoint of arrayOf(body.onResponseReceivedEndpoints)) {
    const command = objectAt(endpoint, 'reloadContinuationItemsCommand') ?? objectAt(endpoint, 'appendContinuationItemsAction');
    items.push(...arrayOf(command?.continuationItems));
  }
  const sections = arrayOf(objectAt(body, 'contents', 'twoColumnWatchNextResults', 'results', 'results')?.contents);
  for (const section of sections) items.push(...arrayOf(objectAt(section, 'itemSectionRenderer')?.contents));
  return items;
}

function parentIdOf(commentId: string): string | undefined {
  const dot = commentId.indexOf('.');
  return dot > 0 ? recordId('youtube', commentId.slice(0, dot)) : undefined;
}

function commentRecord(fields: {
  commentId: string; videoId: string; author: Author; text: string; published: unknown;
  likes?: number; replies?: number; source: Source; capturedAt: string;
}): Comment {
  return definedOnly<Comment>({
    kind: 'comment',
    id: recordId('youtube', fields.commentId),
    platform: 'youtube',
    capturedAt: fields.capturedAt,
    postId: recordId('youtube', fields.videoId),
    parentId: parentIdOf(fields.commentId),
    url: `${watchUrl(fields.videoId)}&lc=${encodeURIComponent(fields.commentId)}`,
    author: fields.author,
    text: fields.text,
    // "4 years ago (edited)": the edit marker is not part of the age.
    createdAt: parseTime(typeof fields.published === 'string' ? fields.published.replace(/\s*[(（].*$/, '') : undefined, fields.capturedAt),
    metrics: definedOnly({ likes: fields.likes, replies: fields.replies }),
    source: fields.source,
  });
}

function authorFromEntity(author: Json | undefined): Author | undefined {
  const channelId = textOf(author?.channelId);
  const name = textOf(author?.displayName);
  if (!author || !channelId || !name) return undefined;
  return definedOnly<Author>({
    id: recordId('youtube', channelId),
    platform: 'youtube',
    name,
    handle: name.startsWith('@') ? name : undefined,
    url: channelUrl(channelId, objectAt(author, 'channelCommand', 'innertubeCommand', 'browseEndpoint')?.canonicalBaseUrl),
    verified: author.isVerified === true || author.isArtist === true || undefined,
  });
}

function entityComments(body: Json, items: unknown[], source: Source, capturedAt: string, harvest: CommentHarvest): void {
  const payloads = new Map<string, Json>();
  for (const mutation of arrayOf(objectAt(body, 'frameworkUpdates', 'entityBatchUpdate')?.mutations)) {
    const key = isObject(mutation) ? textOf(mutation.entityKey) : undefined;
    const payload = objectAt(mutation, 'payload');
    if (key && payload) payloads.set(key, payload);
  }
  if (payloads.size === 0) return;
  // The video id sits only in the comment's "surface" entity (the link behind its published time).
  const videoByComment = new Map<string, string>();
  let anyVideoId: string | undefined;
  for (const item of items) {
    const view = objectAt(item, 'commentThreadRenderer', 'commentViewModel', 'commentViewModel') ?? objectAt(item, 'commentViewModel');
    const surfaceKey = textOf(view?.commentSurfaceKey);
    const surface = surfaceKey ? objectAt(payloads.get(surfaceKey), 'commentSurfaceEntityPayload') : undefined;
    const videoId = videoIdOfCommand(surface?.publishedTimeCommand);
    const commentKey = textOf(view?.commentKey);
    const commentId = textOf(objectAt(commentKey ? payloads.get(commentKey) : undefined, 'commentEntityPayload', 'properties')?.commentId);
    if (videoId && commentId) videoByComment.set(commentId, videoId);
    anyVideoId ??= videoId;
  }
  for (const payload of payloads.values()) {
    const surface = objectAt(payload, 'commentSurfaceEntityPayload');
    anyVideoId ??= videoIdOfCommand(surface?.publishedTimeCommand);
  }
  for (const payload of payloads.values()) {
    const entity = objectAt(payload, 'commentEntityPayload');
    if (!entity) continue;
    const properties = objectAt(entity, 'properties');
    const commentId = textOf(properties?.commentId);
    const videoId = commentId ? videoByComment.get(commentId) ?? anyVideoId : undefined;
    const author = authorFromEntity(objectAt(entity, 'author'));
    const text = objectAt(properties, 'content')?.content;
    if (!commentId || !videoId || !author || typeof text !== 'string') {
      harvest.skipped++;
      continue;
    }
    const toolbar = objectAt(entity, 'toolbar');
    harvest.comments.push(commentRecord({
      commentId, videoId, author, text, published: properties?.publishedTime, source, capturedAt,
      likes: parseCount(toolbar?.likeCountA11y) ?? parseCount(toolbar?.likeCountNotliked),
      replies: parseCount(toolbar?.replyCount),
    }));
  }
}

function rendererComment(renderer: Json, source: Source, capturedAt: string): Comment | undefined {
  const commentId = textOf(renderer.commentId);
  const browse = objectAt(renderer, 'authorEndpoint', 'browseEndpoint');
  const channelId = textOf(browse?.browseId);
  const name = rendererText(renderer.authorText);
  const publishedRun = arrayOf(objectAt(renderer, 'publishedTimeText')?.runs)[0];
  const videoId = videoIdOfCommand(objectAt(publishedRun, 'navigationEndpoint'));
  if (!commentId || !channelId || !name || !videoId) return undefined;
  const author = definedOnly<Author>({
    id: recordId('youtube', channelId),
    platform: 'youtube',
    name,
    handle: name.startsWith('@') ? name : undefined,
    url: channelUrl(channelId, browse?.canonicalBaseUrl),
    verified: isObject(renderer.authorCommentBadge) || undefined,
  });
  return commentRecord({
    commentId, videoId, author, source, capturedAt,
    text: rendererText(renderer.contentText) ?? '',
    published: rendererText(renderer.publishedTimeText),
    likes: parseCount(rendererText(renderer.voteCount)),
    replies: parseCount(renderer.replyCount),
  });
}

/** Comments of one `next` response (or ytInitialData), in either format. */
export function commentsOf(body: Json, source: Source, capturedAt: string): CommentHarvest {
  const harvest: CommentHarvest = { comments: [], skipped: 0 };
  const items = continuationItems(body);
  for (const item of items) {
    const renderer = objectAt(item, 'commentThreadRenderer', 'comment', 'commentRenderer') ?? objectAt(item, 'commentRenderer');
    if (!renderer) continue;
    const comment = rendererComment(renderer, source, capturedAt);
    if (comment) harvest.comments.push(comment);
    else harvest.skipped++;
  }
  entityComments(body, items, source, capturedAt, harvest);
  return harvest;
}
