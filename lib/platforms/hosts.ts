// Match patterns of the platform pages Earshot reads, per platform. Each platform's content script runs
// only on its own pages, and the manifest asks host permission only for these.
export const PLATFORM_PAGE_MATCHES = {
  weibo: ['https://weibo.com/*', 'https://*.weibo.com/*', 'https://m.weibo.cn/*'],
  zhihu: ['https://www.zhihu.com/*', 'https://zhuanlan.zhihu.com/*'],
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  douyin: ['https://www.douyin.com/*', 'https://www.iesdouyin.com/*'],
  bilibili: ['https://www.bilibili.com/*', 'https://t.bilibili.com/*', 'https://search.bilibili.com/*', 'https://space.bilibili.com/*'],
  wechat: ['https://mp.weixin.qq.com/*'],
  xiaohongshu: ['https://www.xiaohongshu.com/*'],
  youtube: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  reddit: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  tiktok: ['https://www.tiktok.com/*'],
  instagram: ['https://www.instagram.com/*'],
  facebook: ['https://www.facebook.com/*', 'https://m.facebook.com/*', 'https://mbasic.facebook.com/*'],
} as const;

export type ReadPlatform = keyof typeof PLATFORM_PAGE_MATCHES;

export const PLATFORM_HOST_MATCHES: readonly string[] = Object.values(PLATFORM_PAGE_MATCHES).flat();
