// Access to the workplace's shared captured data (../shared next to the repo). A clone outside the
// workplace has no ../shared: tests that need it skip with a visible notice instead of failing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const hasShared = existsSync(path.join(SHARED_DIR, 'fixtures'));

export function sharedPath(relPath: string): string {
  return path.join(SHARED_DIR, relPath);
}

export function readSharedFixture(relPath: string): string {
  return readFileSync(path.join(SHARED_DIR, 'fixtures', relPath), 'utf8');
}

export function sharedJson(relPath: string): any {
  return JSON.parse(readSharedFixture(relPath));
}

export function projectFixture(relPath: string): string {
  return readFileSync(path.join(REPO_ROOT, 'tests/fixtures', relPath), 'utf8');
}

let noticeShown = false;
/** `describe` that runs only when ../shared exists, and says so loudly when it does not. */
export function describeShared(name: string, fn: () => void): void {
  if (!hasShared && !noticeShown) {
    noticeShown = true;
    console.warn(`[earshot] ../shared not found next to the repo (${SHARED_DIR}): tests on shared real captures are SKIPPED.`);
  }
  describe.skipIf(!hasShared)(`${name} (shared real captures)`, fn);
}
