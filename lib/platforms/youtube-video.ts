// Videos (watch pages and Shorts) from `/player` videoDetails + microformat and from `/next`
// videoPrimaryInfoRenderer / videoSecondaryInfoRenderer. Field paths: ../shared/docs/platforms.md §9.
import { recordId, type Author, type Post, type Source } from '../model';
import { parseCount } from '../parse/count';
import { arrayOf, definedOnly, isObject, objectAt, textOf, type Json } from './json';
import { channelUrl, countInSentence, displayDate, rendererText, watchUrl } from './youtube-text';

function pageUrlFor(videoId: string, pageUrl: string): string {
  // A Short opened at /shorts/<id> keeps its Shorts address: that is what the user shared and saw.
  return pageUrl.includes(`/shorts/${videoId}`) ? `https://www.youtube.com/shorts/${encodeURIComponent(videoId)}` : watchUrl(videoId);
}

type VideoFields = Pick<Post, 'author' | 'title' | 'text' | 'createdAt' | 'metrics'>;

/** What both sources make of a video: the same id, address and shape, their own fields. */
function videoPost(videoId: string, fields: VideoFields, source: Source, capturedAt: string, pageUrl: string): Post {
  return definedOnly<Post>({
    kind: 'post', id: recordId('youtube', videoId), platform: 'youtube', capturedAt, url: pageUrlFor(videoId, pageUrl), media: 'video', source, ...fields,
  });
}

/** `/player` response or `ytInitialPlayerResponse`. */
export function videoFromPlayer(body: Json, source: Source, capturedAt: string, pageUrl: string): Post | undefined {
  const details = objectAt(body, 'videoDetails');
  const videoId = textOf(details?.videoId);
  if (!details || !videoId) return undefined;
  const micro = objectAt(body, 'microformat', 'playerMicroformatRenderer');
  const channelId = textOf(details.channelId) ?? textOf(micro?.externalChannelId);
  const name = textOf(details.author) ?? textOf(micro?.ownerChannelName);
  if (!channelId || !name) return undefined;
  const author: Author = { id: recordId('youtube', channelId), platform: 'youtube', name, url: channelUrl(channelId) };
  return videoPost(videoId, {
    author,
    title: textOf(details.title),
    text: typeof details.shortDescription === 'string' ? details.shortDescription : '',
    createdAt: displayDate(micro?.publishDate) ?? displayDate(micro?.uploadDate),
    metrics: definedOnly({ views: parseCount(details.viewCount), likes: parseCount(micro?.likeCount) }),
  }, source, capturedAt, pageUrl);
}

function rendererOf(contents: unknown[], name: string): Json | undefined {
  for (const item of contents) {
    const renderer = objectAt(item, name);
    if (renderer) return renderer;
  }
  return undefined;
}

function likesOf(primary: Json): number | undefined {
  for (const button of arrayOf(objectAt(primary, 'videoActions', 'menuRenderer')?.topLevelButtons)) {
    const view = objectAt(button, 'segmentedLikeDislikeButtonViewModel', 'likeButtonViewModel', 'likeButtonViewModel',
      'toggleButtonViewModel', 'toggleButtonViewModel', 'defaultButtonViewModel', 'buttonViewModel');
    // The accessibility text carries the exact number; the title only the abbreviation ("5.4m").
    if (view) return countInSentence(view.accessibilityText) ?? parseCount(view.title);
  }
  return undefined;
}

function ownerOf(secondary: Json | undefined): Author | undefined {
  const owner = objectAt(secondary, 'owner', 'videoOwnerRenderer');
  const titleRuns = arrayOf(objectAt(owner, 'title')?.runs);
  const browse = objectAt(owner, 'navigationEndpoint', 'browseEndpoint') ?? objectAt(titleRuns[0], 'navigationEndpoint', 'browseEndpoint');
  const channelId = textOf(browse?.browseId);
  const name = rendererText(owner?.title);
  if (!owner || !channelId || !name) return undefined;
  const handle = textOf(browse?.canonicalBaseUrl)?.replace(/^\//, '');
  const verified = arrayOf(owner.badges).some((badge) => objectAt(badge, 'metadataBadgeRenderer')?.style === 'BADGE_STYLE_TYPE_VERIFIED');
  return definedOnly<Author>({
    id: recordId('youtube', channelId),
    platform: 'youtube',
    name,
    handle: handle?.startsWith('@') ? handle : undefined,
    url: channelUrl(channelId, browse?.canonicalBaseUrl),
    followers: parseCount(rendererText(owner.subscriberCountText)),
    verified: verified || undefined,
  });
}

function commentTotalOf(contents: unknown[]): number | undefined {
  for (const item of contents) {
    const header = objectAt(item, 'itemSectionRenderer', 'header', 'commentsHeaderRenderer');
    if (header) return parseCount(rendererText(header.countText));
  }
  return undefined;
}

/** `/next` for a watch page or `ytInitialData` of /watch. */
export function videoFromNext(body: Json, source: Source, capturedAt: string, pageUrl: string): Post | undefined {
  const contents = arrayOf(objectAt(body, 'contents', 'twoColumnWatchNextResults', 'results', 'results')?.contents);
  const primary = rendererOf(contents, 'videoPrimaryInfoRenderer');
  const videoId = textOf(objectAt(body, 'currentVideoEndpoint', 'watchEndpoint')?.videoId);
  const secondary = rendererOf(contents, 'videoSecondaryInfoRenderer');
  const author = ownerOf(secondary);
  if (!primary || !videoId || !author) return undefined;
  const viewCount = objectAt(primary, 'viewCount', 'videoViewCountRenderer');
  return videoPost(videoId, {
    author,
    title: rendererText(primary.title),
    text: textOf(objectAt(secondary, 'attributedDescription')?.content) ?? rendererText(secondary?.description) ?? '',
    createdAt: displayDate(rendererText(primary.dateText)),
    metrics: definedOnly({
      views: parseCount(rendererText(viewCount?.viewCount)) ?? parseCount(rendererText(viewCount?.shortViewCount)),
      likes: likesOf(primary),
      comments: commentTotalOf(contents),
    }),
  }, source, capturedAt, pageUrl);
}

/** One video read from both the player response and the watch data: known fields win over unknown ones. */
export function mergeVideos(first: Post, second: Post): Post {
  return {
    ...first,
    ...definedOnly({ ...second }),
    author: { ...first.author, ...second.author },
    text: second.text || first.text,
    metrics: { ...first.metrics, ...second.metrics },
  };
}

export function isPlayerResponse(body: unknown): body is Json {
  return isObject(body) && isObject(body.videoDetails);
}
