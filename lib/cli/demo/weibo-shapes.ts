// The demo's Weibo data in the JSON shapes weibo.com's `ajax` API answers with
// (statuses/show, statuses/buildComments, statuses/mymblog; ../shared/docs/platforms.md §1).
import type { DemoWeiboComment, DemoWeiboPost, DemoWeiboUser } from './weibo-data';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Weibo writes China Standard Time: `Tue Nov 24 08:10:00 +0800 2026`. */
export function weiboTime(at: Date): string {
  const cst = new Date(at.getTime() + 8 * 3_600_000);
  const clock = `${pad(cst.getUTCHours())}:${pad(cst.getUTCMinutes())}:${pad(cst.getUTCSeconds())}`;
  return `${DAYS[cst.getUTCDay()]} ${MONTHS[cst.getUTCMonth()]} ${pad(cst.getUTCDate())} ${clock} +0800 ${cst.getUTCFullYear()}`;
}

const ago = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);

/** 18.6万-style display count, as weibo.com sends beside the exact number. */
function displayCount(n: number): string {
  return n >= 10_000 ? `${(n / 10_000).toFixed(1).replace(/\.0$/, '')}万` : String(n);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** weibo.com sends `text` as HTML (topics become links) and `text_raw` as plain text. */
function htmlText(text: string): string {
  return escapeHtml(text).replace(/#([^#]+)#/g, (_m, topic: string) =>
    `<a href="//s.weibo.com/weibo?q=%23${encodeURIComponent(topic)}%23" target="_blank">#${topic}#</a>`);
}

function userJson(user: DemoWeiboUser) {
  return {
    id: Number(user.id),
    idstr: user.id,
    pc_new: 7,
    screen_name: user.name,
    profile_image_url: '',
    profile_url: `/u/${user.id}`,
    verified: user.verified ?? false,
    verified_type: user.verified ? 2 : -1,
    domain: '',
    weihao: '',
    avatar_large: '',
    avatar_hd: '',
    follow_me: false,
    following: false,
    mbrank: 0,
    mbtype: 0,
    v_plus: 0,
    planet_video: false,
    followers_count: user.followers,
    followers_count_str: displayCount(user.followers),
    location: user.location,
  };
}

export function statusJson(post: DemoWeiboPost, now: Date) {
  const pictureIds = Array.from({ length: post.pictures ?? 0 }, (_, i) => `demo${post.mblogid}${i}`);
  return {
    visible: { type: 0, list_id: 0 },
    created_at: weiboTime(ago(now, post.minutesAgo)),
    id: Number(post.id),
    idstr: post.id,
    mid: post.id,
    mblogid: post.mblogid,
    user: userJson(post.user),
    can_edit: false,
    textLength: post.text.length * 2,
    source: '微博网页版',
    favorited: false,
    text: htmlText(post.text),
    text_raw: post.text,
    pic_ids: pictureIds,
    pic_num: pictureIds.length,
    is_paid: false,
    mblog_vip_type: 0,
    reposts_count: post.reposts,
    comments_count: post.commentCount,
    attitudes_count: post.likes,
    attitudes_status: 0,
    isLongText: false,
    mlevel: 0,
    content_auth: 0,
    region_name: `发布于 ${post.user.location}`,
    reads_count: post.reads,
    mblogtype: 0,
    showFeedRepost: false,
    showFeedComment: false,
  };
}

/** ajax/statuses/show answers with the status itself at the top level, plus `ok: 1`. */
export function statusesShow(post: DemoWeiboPost, now: Date) {
  return { ...statusJson(post, now), ok: 1 };
}

function commentJson(comment: DemoWeiboComment, post: DemoWeiboPost, rootId: string, floor: number, now: Date): Record<string, unknown> {
  return {
    created_at: weiboTime(ago(now, comment.minutesAgo)),
    id: Number(comment.id),
    rootid: Number(rootId),
    rootidstr: rootId,
    floor_number: floor,
    text: escapeHtml(comment.text),
    disable_reply: 0,
    restrictOperate: 0,
    source_allowclick: 0,
    source_type: 2,
    source: `来自${comment.user.location}`,
    user: userJson(comment.user),
    mid: comment.id,
    idstr: comment.id,
    url_objects: [],
    liked: false,
    readtimetype: 'comment',
    analysis_extra: `author_uid:${post.user.id}|mid:${post.id}`,
    comments: (comment.replies ?? []).map((reply, i) => commentJson(reply, post, rootId, i + 1, now)),
    max_id: 0,
    total_number: comment.replies?.length ?? 0,
    isLikedByMblogAuthor: comment.user.id === post.user.id,
    like_counts: comment.likes,
    more_info_type: 0,
    text_raw: comment.text,
  };
}

/** ajax/statuses/buildComments (first page, by heat): root comments with their first replies. */
export function buildComments(post: DemoWeiboPost, now: Date) {
  return {
    ok: 1,
    filter_group: [
      { title: '按热度', scheme: `https://weibo.com/ajax/statuses/buildComments?flow=0&id=${post.id}` },
      { title: '按时间', scheme: `https://weibo.com/ajax/statuses/buildComments?flow=1&id=${post.id}` },
    ],
    data: post.comments.map((comment, i) => commentJson(comment, post, comment.id, i + 1, now)),
    rootComment: [],
    total_number: post.commentCount,
    max_id: 0,
    trendsText: '已加载全部评论',
  };
}

/** ajax/statuses/mymblog: one user's timeline page. */
export function myMblog(posts: readonly DemoWeiboPost[], now: Date) {
  return {
    ok: 1,
    data: {
      since_id: '',
      list: posts.map((post) => statusJson(post, now)),
      status_visible: 0,
      bottom_tips_visible: false,
      bottom_tips_text: '',
      topicList: [],
      total: posts.length,
    },
  };
}
