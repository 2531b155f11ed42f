// Watches for tests (a coffee brand and its competitor). Not shipped.
import type { Watch } from './types';

export const WATCH_TIME = '2024-06-14T10:00:00.000Z';

export function lumina(overrides: Partial<Watch> = {}): Watch {
  return {
    id: 'w-lumina',
    name: 'Lumina 光合咖啡',
    kind: 'brand',
    terms: ['Lumina', '光合咖啡', '@LuminaCoffee', '#光合秋日限定#', 'Lumnia'],
    exclude: ['Lumina lamp'],
    platforms: [],
    sensitivity: 'medium',
    createdAt: WATCH_TIME,
    updatedAt: WATCH_TIME,
    ...overrides,
  };
}

export function rival(overrides: Partial<Watch> = {}): Watch {
  return {
    id: 'w-rival',
    name: 'Beanstar 豆星',
    kind: 'competitor',
    terms: ['Beanstar', '豆星咖啡', '豆星'],
    exclude: ['豆星星'],
    platforms: ['weibo', 'xiaohongshu'],
    sensitivity: 'low',
    createdAt: WATCH_TIME,
    updatedAt: WATCH_TIME,
    ...overrides,
  };
}
