// The swipe file: posts the user saved as examples, with their numbers at save time and a picture.
import type { Author, Media, Metrics, Platform } from '../model';

export type ExampleStance = 'brand' | 'competitor' | 'other';

export interface SavedExample {
  /** `ex:${recordId}`: one example per saved post; saving again updates board, tags and note. */
  id: string;
  /** The post (or comment) record it shows; its current counts and metric history live with the record. */
  recordId: string;
  kind: 'post' | 'comment';
  platform: Platform;
  url: string;
  author: Author;
  text: string;
  title?: string;
  media: Media;
  createdAt?: string;
  /** The counts when the user saved it; growth = the record's current counts minus these. */
  metricsAtSave: Metrics;
  savedAt: string;
  updatedAt: string;
  /** e.g. "Competitor A / Q4 campaigns" (a slash makes a sub-board in the UI). */
  board?: string;
  tags: string[];
  stance?: ExampleStance;
  /** The brand or competitor the example is about (free text, e.g. a watch's name). */
  brand?: string;
  note?: string;
  /** How the picture was taken: cropped to the post's element, or the whole visible tab. */
  image?: { width: number; height: number; mime: 'image/png' | 'image/jpeg'; cropped: boolean; bytes: number };
  /** Words for full-text search (Chinese and English), built from text, title, author, tags, board, brand, note. */
  searchTerms: string[];
}

/** The picture, kept apart so the library list loads without image bytes. */
export interface ExampleImage {
  exampleId: string;
  mime: 'image/png' | 'image/jpeg';
  /** The encoded image exactly as captured (PNG/JPEG bytes). */
  bytes: ArrayBuffer;
}

/** Where the post sits in the tab, in CSS pixels of the visible viewport, to crop the screenshot. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
  devicePixelRatio: number;
}

/** What the user adds when saving (all optional). */
export interface ExampleLabels {
  board?: string;
  tags?: string[];
  stance?: ExampleStance;
  brand?: string;
  note?: string;
}

/** Bundle format for export/import: lossless, images base64-encoded. */
export interface ExampleBundle {
  format: 'earshot-swipe-file';
  version: 1;
  exportedAt: string;
  examples: SavedExample[];
  images: { exampleId: string; mime: 'image/png' | 'image/jpeg'; base64: string }[];
  /** The saved records themselves (posts/comments rows) and their metric snapshots, so growth survives. */
  records: unknown[];
  snapshots: unknown[];
}
