import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { tiktokAdapter } from '@/lib/platforms/tiktok';

export default collectorScript(tiktokAdapter, PLATFORM_PAGE_MATCHES.tiktok);
