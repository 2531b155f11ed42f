import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { douyinAdapter } from '@/lib/platforms/douyin';

export default collectorScript(douyinAdapter, PLATFORM_PAGE_MATCHES.douyin);
