// Match patterns of the platform pages Earshot reads. Content scripts run only here,
// and the manifest asks host permission only for these.
export const PLATFORM_HOST_MATCHES = [
  'https://weibo.com/*',
  'https://*.weibo.com/*',
  'https://m.weibo.cn/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
] as const;
