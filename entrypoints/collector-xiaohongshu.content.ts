import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { xiaohongshuAdapter } from '@/lib/platforms/xiaohongshu';

export default collectorScript(xiaohongshuAdapter, PLATFORM_PAGE_MATCHES.xiaohongshu);
