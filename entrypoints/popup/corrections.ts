// The popup's two writes-by-proxy: a label correction goes to the background (the only writer of the
// database), and the labelled-data export is read here and handed to the browser as a download.
import { browser } from 'wxt/browser';
import type { EarshotDb } from '../../lib/db';
import type { CorrectionReply, PopupCorrectSentimentMessage } from '../../lib/messages';
import { exportCorrections } from '../../lib/corrections';
import type { SentimentLabel } from '../../lib/sentiment-store';

export async function sendCorrection(recordId: string, label: SentimentLabel | null): Promise<void> {
  const message: PopupCorrectSentimentMessage = { type: 'popup:correct-sentiment', recordId, label };
  const reply = (await browser.runtime.sendMessage(message)) as CorrectionReply | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? 'the background did not answer');
}

export function labelsFileName(now: Date): string {
  return `earshot-labels-${now.toISOString().slice(0, 10)}.jsonl`;
}

export async function downloadLabels(db: EarshotDb, now = new Date()): Promise<void> {
  const text = await exportCorrections(db);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = labelsFileName(now);
  link.click();
  // The download has taken the bytes once the click is handled; release them a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
