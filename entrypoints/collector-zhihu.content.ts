import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { zhihuAdapter } from '@/lib/platforms/zhihu';

export default collectorScript(zhihuAdapter, PLATFORM_PAGE_MATCHES.zhihu);
