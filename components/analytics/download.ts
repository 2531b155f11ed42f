// Hands bytes made in the page to the browser as a download (no permission needed: an <a download>
// click in an extension page). Charts are exported on a white background: a canvas is transparent,
// and a transparent PNG pasted into a slide or chat shows black or checkered behind the lines.
import type { Chart } from 'chart.js';

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has taken the bytes once the click is handled; release them a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(filename: string, text: string, mime: string): void {
  downloadBlob(filename, new Blob([text], { type: mime }));
}

/** The chart as drawn, on white, as PNG bytes. */
export function chartPng(chart: Pick<Chart, 'canvas'>): Promise<Blob> {
  const source = chart.canvas;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('This page cannot draw a canvas.'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(source, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be encoded as PNG.'))), 'image/png'));
}

/** `earshot-<name>-2026-11-26.<ext>` */
export function exportFileName(name: string, extension: string, now = new Date()): string {
  return `earshot-${name}-${now.toISOString().slice(0, 10)}.${extension}`;
}
