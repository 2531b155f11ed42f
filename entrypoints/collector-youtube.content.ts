import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { youtubeAdapter } from '@/lib/platforms/youtube';

export default collectorScript(youtubeAdapter, PLATFORM_PAGE_MATCHES.youtube);
