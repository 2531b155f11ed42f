import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { facebookAdapter } from '@/lib/platforms/facebook';

export default collectorScript(facebookAdapter, PLATFORM_PAGE_MATCHES.facebook);
