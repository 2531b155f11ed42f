import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { wechatAdapter } from '@/lib/platforms/wechat';

export default collectorScript(wechatAdapter, PLATFORM_PAGE_MATCHES.wechat);
