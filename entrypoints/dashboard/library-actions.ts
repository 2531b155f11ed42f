// The library's writes go to the background as messages (it is the only writer of the database);
// exports are read here and handed to the browser as downloads; the hover opt-in is browser.storage.
import { browser } from 'wxt/browser';
import type { EarshotDb } from '../../lib/db';
import { t } from '../../lib/i18n';
import type { SwipeMessage, SwipeReply } from '../../lib/messages';
import type { Platform } from '../../lib/model';
import type { ExampleBundle } from '../../lib/swipe/types';
import { HOVER_PLATFORMS_KEY, hoverPlatformsFrom } from '../../lib/swipe/ui-hover';
import { exportFileName, type ExportKind } from '../../lib/swipe/ui-inputs';
import type { BulkChange } from '../../components/swipe/BulkBar';
import { exportFile } from './library-export';

export interface ExportResult {
  written: number;
  skipped: number;
}

export interface LibraryActions {
  update(ids: string[], change: BulkChange): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Downloads the file; resolves to how many examples it holds and how many were left out. */
  exportExamples(kind: ExportKind, ids: string[]): Promise<ExportResult>;
  /** Resolves to how many examples were imported; rejects with why nothing was. */
  importFile(file: File): Promise<number>;
  readHoverPlatforms(): Promise<Platform[]>;
  setHoverPlatforms(platforms: Platform[]): Promise<void>;
}

async function send(message: SwipeMessage): Promise<SwipeReply> {
  const reply = (await browser.runtime.sendMessage(message)) as SwipeReply | undefined;
  if (!reply) throw new Error('the background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}

export function download(text: string, mime: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has taken the bytes once the click is handled; release them a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** JSON.parse's own message names a position, not the problem; say what the file should have been. */
export async function readBundleFile(file: File): Promise<ExampleBundle> {
  try {
    return JSON.parse(await file.text()) as ExampleBundle;
  } catch {
    throw new Error(t('library_importNotJson', file.name));
  }
}

export function libraryActionsFor(db: EarshotDb): LibraryActions {
  return {
    async update(ids, change) {
      const { board, ...tags } = change;
      await send({ type: 'dashboard:update-examples', ids, ...tags, ...(board !== undefined ? { set: { board } } : {}) });
    },
    async remove(ids) {
      await send({ type: 'dashboard:delete-examples', ids });
    },
    async exportExamples(kind, ids) {
      const now = new Date();
      const file = await exportFile(db, kind, ids, now);
      download(file.text, file.mime, exportFileName(kind, now));
      return { written: file.written, skipped: file.skipped };
    },
    async importFile(file) {
      const bundle = await readBundleFile(file);
      const reply = await send({ type: 'dashboard:import-examples', bundle });
      return reply.ok ? reply.count ?? 0 : 0;
    },
    async readHoverPlatforms() {
      const stored = await browser.storage.local.get(HOVER_PLATFORMS_KEY);
      return hoverPlatformsFrom(stored[HOVER_PLATFORMS_KEY]);
    },
    async setHoverPlatforms(platforms) {
      await browser.storage.local.set({ [HOVER_PLATFORMS_KEY]: platforms });
    },
  };
}
