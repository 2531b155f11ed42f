// A month of invented listening data for the dashboard benchmark: posts and comments on 12 platforms,
// spread over the last `days` days, from authors with follower counts (commenters often with an
// IP属地), counts as each platform shows them (views only where it shows views, some posts with none
// known), and texts that mention the three bench watches now and then and lean positive or negative
// so the analyzer has something to score. Every record is a pure function of its index: any batch
// can be built on its own, so the filler never holds the whole data set in memory.
import type { Comment, Media, Metrics, Platform, Post } from '../../lib/model';
import type { Watch } from '../../lib/watch/types';

const DAY = 86_400_000;

export interface FillPlan {
  posts: number;
  comments: number;
  batchSize: number;
  /** The instant "now" of the data (ms); records are spread over [now − days, now). */
  now: number;
  days: number;
}

/** Share of posts per platform (sums to 1). */
const PLATFORM_MIX: [Platform, number][] = [
  ['weibo', 0.22], ['douyin', 0.12], ['xiaohongshu', 0.12], ['bilibili', 0.08], ['zhihu', 0.06], ['wechat', 0.04],
  ['x', 0.1], ['reddit', 0.05], ['youtube', 0.07], ['tiktok', 0.06], ['instagram', 0.05], ['facebook', 0.03],
];
export const BENCH_PLATFORMS = PLATFORM_MIX.map(([platform]) => platform);

const CHINESE = new Set<Platform>(['weibo', 'douyin', 'xiaohongshu', 'bilibili', 'zhihu', 'wechat']);
const SHOWS_VIEWS = new Set<Platform>(['weibo', 'douyin', 'bilibili', 'wechat', 'x', 'youtube', 'tiktok', 'zhihu']);
const SHOWS_SHARES = new Set<Platform>(['weibo', 'douyin', 'bilibili', 'wechat', 'x', 'tiktok', 'facebook']);
const SHOWS_SAVES = new Set<Platform>(['xiaohongshu', 'zhihu', 'bilibili']);
const VIDEO_FIRST = new Set<Platform>(['douyin', 'bilibili', 'youtube', 'tiktok']);
const HOST: Record<string, string> = {
  weibo: 'weibo.com', douyin: 'www.douyin.com', xiaohongshu: 'www.xiaohongshu.com', bilibili: 'www.bilibili.com',
  zhihu: 'www.zhihu.com', wechat: 'mp.weixin.qq.com', x: 'x.com', reddit: 'www.reddit.com', youtube: 'www.youtube.com',
  tiktok: 'www.tiktok.com', instagram: 'www.instagram.com', facebook: 'www.facebook.com',
};
const PROVINCES = ['北京', '上海', '广东', '浙江', '江苏', '四川', '湖北', '山东', '福建', '河南', '湖南', '陕西', '重庆', '天津', '海外'];

export const BENCH_WATCHES: Watch[] = [
  { id: 'bench-lumina', name: 'Lumina 光合咖啡', kind: 'brand', terms: ['Lumina', '光合咖啡'], exclude: [], platforms: [], sensitivity: 'medium', createdAt: '', updatedAt: '' },
  { id: 'bench-beanstar', name: 'Beanstar 豆星', kind: 'competitor', terms: ['Beanstar', '豆星咖啡'], exclude: [], platforms: [], sensitivity: 'low', createdAt: '', updatedAt: '' },
  { id: 'bench-nova', name: 'Nova 诺瓦', kind: 'competitor', terms: ['Nova Coffee', '诺瓦咖啡'], exclude: [], platforms: [], sensitivity: 'low', createdAt: '', updatedAt: '' },
];

const BRANDS_ZH = ['光合咖啡', '豆星咖啡', '诺瓦咖啡'];
const BRANDS_EN = ['Lumina', 'Beanstar', 'Nova Coffee'];
const POSITIVE_ZH = ['真的好喝，推荐大家试试', '服务很贴心，环境也舒服', '新品太惊艳了，会回购', '性价比很高，很满意'];
const NEGATIVE_ZH = ['排队太久了，体验很差', '价格太贵，不值这个钱', '外卖洒了一半，很失望', 'App 又崩了，退款也慢'];
const NEUTRAL_ZH = ['今天路过门店看了一眼', '有人知道周末几点开门吗', '记录一下今天的早餐', '这周的新品上线了'];
const POSITIVE_EN = ['honestly the best latte I had this year', 'great service and a lovely quiet spot', 'love the new seasonal menu', 'amazing value, will be back'];
const NEGATIVE_EN = ['waited 40 minutes, terrible experience', 'way too expensive for what you get', 'the app crashed again and the refund is slow', 'cold drink, rude staff, disappointed'];
const NEUTRAL_EN = ['anyone know the opening hours on Sunday', 'trying the new menu item today', 'stopped by the store downtown', 'the autumn drinks are out this week'];

/** A deterministic number in [0, 1) from an index and a salt (a 32-bit integer hash). */
export function unit(n: number, salt: number): number {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4_294_967_296;
}

const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length) % items.length]!;

function platformOf(n: number): Platform {
  let r = unit(n, 1);
  for (const [platform, share] of PLATFORM_MIX) {
    if (r < share) return platform;
    r -= share;
  }
  return 'weibo';
}

/** A few authors post a lot, most rarely: the author index is skewed towards small numbers. */
function author(platform: Platform, k: number, commenter: boolean) {
  const reach = unit(k, 11);
  const followers = Math.round(10 ** (1 + 5.8 * reach ** 3));
  const located = commenter && CHINESE.has(platform) && unit(k, 12) < 0.8;
  return {
    id: `${platform}:${commenter ? 'bc' : 'ba'}${k}`, platform, name: `${commenter ? 'fan' : 'creator'} ${k}`,
    handle: `${commenter ? 'fan' : 'creator'}_${k}`, followers, verified: followers > 500_000,
    ...(located ? { location: pick(PROVINCES, unit(k, 13)) } : {}),
  };
}

/** Mentions: 12 % Lumina, 7 % Beanstar, 4 % Nova; tone: 45 % positive, 20 % negative, the rest plain. */
function text(n: number, salt: number, chinese: boolean): string {
  const brandRoll = unit(n, salt);
  const brand = brandRoll < 0.12 ? 0 : brandRoll < 0.19 ? 1 : brandRoll < 0.23 ? 2 : -1;
  const toneRoll = unit(n, salt + 1);
  const tone = chinese
    ? toneRoll < 0.45 ? POSITIVE_ZH : toneRoll < 0.65 ? NEGATIVE_ZH : NEUTRAL_ZH
    : toneRoll < 0.45 ? POSITIVE_EN : toneRoll < 0.65 ? NEGATIVE_EN : NEUTRAL_EN;
  const phrase = pick(tone, unit(n, salt + 2));
  if (brand < 0) return chinese ? `${phrase} #${n % 97}号话题#` : `${phrase} #topic${n % 97}`;
  return chinese ? `${BRANDS_ZH[brand]}：${phrase}` : `${BRANDS_EN[brand]}: ${phrase}`;
}

function media(platform: Platform, n: number): Media {
  const r = unit(n, 4);
  if (platform === 'wechat') return 'article';
  if (VIDEO_FIRST.has(platform)) return r < 0.85 ? 'video' : 'image';
  return r < 0.35 ? 'text' : r < 0.7 ? 'image' : r < 0.88 ? 'video' : r < 0.95 ? 'link' : 'article';
}

function postMetrics(platform: Platform, n: number): Metrics {
  // 3 % of posts show no counts at all (deleted counters, logged-out views): unknown, not zero.
  if (unit(n, 5) < 0.03) return {};
  const popularity = 10 ** (4.5 * unit(n, 6) ** 2);
  const metrics: Metrics = { likes: Math.round(popularity), comments: Math.round(popularity * 0.08) };
  if (SHOWS_SHARES.has(platform)) metrics.shares = Math.round(popularity * 0.05);
  if (SHOWS_SAVES.has(platform)) metrics.saves = Math.round(popularity * 0.25);
  if (SHOWS_VIEWS.has(platform) && unit(n, 7) < 0.7) metrics.views = Math.round(popularity * (20 + 60 * unit(n, 8)));
  return metrics;
}

/** When post n was published: spread over the period, busier in the evening (Beijing time). */
function postTime(n: number, plan: FillPlan): number {
  const day = Math.floor(unit(n, 2) * plan.days);
  const hour = (unit(n, 3) < 0.5 ? 11 + unit(n, 9) * 4 : unit(n, 9) * 24) * 3_600_000;
  const at = plan.now - (day + 1) * DAY + hour;
  return Math.min(at, plan.now - 60_000);
}

export function benchPost(n: number, plan: FillPlan, capturedAt: string): Post {
  const platform = platformOf(n);
  const chinese = CHINESE.has(platform);
  const creator = Math.floor(4000 * unit(n, 10) ** 2);
  const withTitle = platform === 'youtube' || platform === 'bilibili' || platform === 'wechat' || platform === 'zhihu';
  return {
    id: `${platform}:bp${n}`, platform, kind: 'post', url: `https://${HOST[platform]}/bench/${n}`,
    author: author(platform, creator, false), text: text(n, 20, chinese), media: media(platform, n),
    ...(withTitle ? { title: text(n, 30, chinese).slice(0, 40) } : {}),
    createdAt: new Date(postTime(n, plan)).toISOString(), metrics: postMetrics(platform, n), capturedAt, source: 'api',
  };
}

/** Comment m is on a post already stored (index below `postsSoFar`), some hours after it; 5 % show no time. */
export function benchComment(m: number, postsSoFar: number, plan: FillPlan, capturedAt: string): Comment {
  const postIndex = Math.floor(postsSoFar * unit(m, 40) ** 0.6) % Math.max(1, postsSoFar);
  const platform = platformOf(postIndex);
  const delay = -Math.log(1 - unit(m, 41)) * 6 * 3_600_000;
  const at = Math.min(postTime(postIndex, plan) + delay, plan.now - 30_000);
  return {
    id: `${platform}:bc${m}`, platform, kind: 'comment', postId: `${platform}:bp${postIndex}`,
    author: author(platform, Math.floor(30_000 * unit(m, 42)), true), text: text(m, 50, CHINESE.has(platform)),
    ...(unit(m, 43) < 0.05 ? {} : { createdAt: new Date(at).toISOString() }),
    metrics: { likes: Math.floor(200 * unit(m, 44) ** 4), replies: Math.floor(6 * unit(m, 45) ** 3) },
    capturedAt, source: 'api',
  };
}

export const batchCount = (plan: FillPlan) => Math.max(1, Math.ceil((plan.posts + plan.comments) / plan.batchSize));

/** Batch b: its share of posts, then its share of comments (on posts of this batch or earlier ones). */
export function benchBatch(b: number, plan: FillPlan, capturedAt: string): (Post | Comment)[] {
  const batches = batchCount(plan);
  const slice = (total: number) => [Math.floor((b * total) / batches), Math.floor(((b + 1) * total) / batches)] as const;
  const [postFrom, postTo] = slice(plan.posts);
  const [commentFrom, commentTo] = slice(plan.comments);
  const records: (Post | Comment)[] = [];
  for (let n = postFrom; n < postTo; n++) records.push(benchPost(n, plan, capturedAt));
  if (postTo > 0) for (let m = commentFrom; m < commentTo; m++) records.push(benchComment(m, postTo, plan, capturedAt));
  return records;
}
