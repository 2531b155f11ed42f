import { collectorScript } from '@/lib/capture/collector-script';
import { PLATFORM_PAGE_MATCHES } from '@/lib/platforms/hosts';
import { redditAdapter } from '@/lib/platforms/reddit';

export default collectorScript(redditAdapter, PLATFORM_PAGE_MATCHES.reddit);
