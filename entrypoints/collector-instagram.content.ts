import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { instagramAdapter } from '@/lib/platforms/instagram';

export default collectorScript(instagramAdapter, PLATFORM_PAGE_MATCHES.instagram);
