// Tests only: the real schema (lib/db.ts, v3) at a fresh name.
import { openDb } from '../db';
import type { RadarDb } from './radar-db';

export function openRadarTestDb(): RadarDb {
  return openDb(`radar-${crypto.randomUUID()}`);
}
