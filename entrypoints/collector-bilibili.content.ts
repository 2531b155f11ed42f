import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { bilibiliAdapter } from '@/lib/platforms/bilibili';

export default collectorScript(bilibiliAdapter, PLATFORM_PAGE_MATCHES.bilibili);
