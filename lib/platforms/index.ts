// Every adapter, for the command line and the tests: platform adapters first, `generic` last (it reads
// any page and claims no host). Content scripts each load one platform's adapter (lib/platforms/registry.ts).
import { bilibiliAdapter } from './bilibili';
import { douyinAdapter } from './douyin';
import { facebookAdapter } from './facebook';
import { tiktokAdapter } from './tiktok';
import { genericAdapter } from './generic';
import { instagramAdapter } from './instagram';
import { redditAdapter } from './reddit';
import { registryOf } from './registry';
import type { Adapter } from './types';
import { wechatAdapter } from './wechat';
import { weiboAdapter } from './weibo';
import { xAdapter } from './x';
import { xiaohongshuAdapter } from './xiaohongshu';
import { youtubeAdapter } from './youtube';
import { zhihuAdapter } from './zhihu';

export const PLATFORM_ADAPTERS: readonly Adapter[] = [weiboAdapter, xAdapter, zhihuAdapter, douyinAdapter, bilibiliAdapter, wechatAdapter, xiaohongshuAdapter, youtubeAdapter, tiktokAdapter, redditAdapter, instagramAdapter, facebookAdapter];
export const ADAPTERS: readonly Adapter[] = [...PLATFORM_ADAPTERS, genericAdapter];

export const { adapterForResponse, adaptersForPage, runAdapter } = registryOf(PLATFORM_ADAPTERS, genericAdapter);
export type { AdapterMethod, AdapterOutcome } from './registry';

