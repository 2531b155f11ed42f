import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { weiboAdapter } from '@/lib/platforms/weibo';

export default collectorScript(weiboAdapter, PLATFORM_PAGE_MATCHES.weibo);
