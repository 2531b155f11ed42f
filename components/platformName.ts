import { t } from '../lib/i18n';
import { PLATFORMS, type Platform } from '../lib/model';

export function platformName(platform: Platform): string {
  return t(`platform_${platform}`);
}

/** Adapters are mostly named after their platform; others ('generic') show their own name. */
export function adapterName(adapter: string): string {
  return (PLATFORMS as readonly string[]).includes(adapter) ? platformName(adapter as Platform) : adapter;
}
