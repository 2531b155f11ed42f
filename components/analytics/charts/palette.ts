// Series colours for the dashboard's charts. Platforms keep one colour everywhere (near their brand hue,
// pushed apart where brands share red); watches take colours in turn. Canvas cannot read CSS variables,
// so theme colours are read from the element once when a chart is built.
import type { Platform } from '../../../lib/model';

export const PLATFORM_COLORS: Record<Platform, string> = {
  weibo: '#e6553a',
  zhihu: '#1772f6',
  bilibili: '#fb7299',
  douyin: '#1fb5ad',
  xiaohongshu: '#d91c3c',
  wechat: '#07a35a',
  x: '#6b7280',
  reddit: '#ff8b3d',
  youtube: '#8f1d1d',
  tiktok: '#7c3aed',
  instagram: '#c13584',
  facebook: '#3b5bdb',
  web: '#a3a3a3',
};

const WATCH_COLORS = ['#4a74e8', '#e6553a', '#1f9d63', '#c28a00', '#8e44ad', '#1fb5ad', '#d63384', '#6b7280'];

export const watchColor = (index: number): string => WATCH_COLORS[index % WATCH_COLORS.length]!;

export function themeColor(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

export function axisColors(element: Element) {
  return {
    muted: themeColor(element, '--muted', '#6a7284'),
    line: themeColor(element, '--line', '#e7e9ef'),
  };
}
