import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { xAdapter } from '@/lib/platforms/x';

export default collectorScript(xAdapter, PLATFORM_PAGE_MATCHES.x);
