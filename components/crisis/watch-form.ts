// The watch editor's state and its conversion to a Watch: one term per line, validated before sending.
import type { Platform } from '../../lib/model';
import type { Sensitivity, Watch, WatchKind, WebhookFormat } from '../../lib/watch/types';
import type { MessageKey } from '../../lib/i18n';
import { checkWebhookUrl } from '../../lib/crisis/webhook-url';

export interface WatchDraft {
  name: string;
  kind: WatchKind;
  terms: string;
  exclude: string;
  platforms: Platform[];
  sensitivity: Sensitivity;
  webhookUrl: string;
  webhookFormat: WebhookFormat;
}

export const EMPTY_DRAFT: WatchDraft = {
  name: '', kind: 'brand', terms: '', exclude: '', platforms: [], sensitivity: 'medium', webhookUrl: '', webhookFormat: 'slack',
};

/** One entry per line, trimmed, blank lines dropped, repeats (ignoring case) kept once. */
export function splitLines(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const entry = line.trim();
    const key = entry.toLowerCase();
    if (!entry || seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
  }
  return result;
}

export function draftFromWatch(watch: Watch): WatchDraft {
  return {
    name: watch.name,
    kind: watch.kind,
    terms: watch.terms.join('\n'),
    exclude: watch.exclude.join('\n'),
    platforms: [...watch.platforms],
    sensitivity: watch.sensitivity,
    webhookUrl: watch.webhook?.url ?? '',
    webhookFormat: watch.webhook?.format ?? 'slack',
  };
}

/** The background's rule (lib/crisis/webhook-url.ts) decides; this only picks the sentence to show. */
export function webhookUrlProblem(url: string): MessageKey | undefined {
  if (checkWebhookUrl(url).ok) return undefined;
  return URL.canParse(url.trim()) ? 'watch_errWebhookHttps' : 'watch_errWebhookInvalid';
}

export function draftProblems(draft: WatchDraft): MessageKey[] {
  const problems: MessageKey[] = [];
  if (!draft.name.trim()) problems.push('watch_errName');
  if (splitLines(draft.terms).length === 0) problems.push('watch_errTerms');
  const url = draft.webhookUrl.trim();
  const webhookProblem = url ? webhookUrlProblem(url) : undefined;
  if (webhookProblem) problems.push(webhookProblem);
  return problems;
}

export function watchFromDraft(draft: WatchDraft, previous: Watch | undefined, now: string, newId: () => string): Watch {
  const url = draft.webhookUrl.trim();
  return {
    id: previous?.id ?? newId(),
    name: draft.name.trim(),
    kind: draft.kind,
    terms: splitLines(draft.terms),
    exclude: splitLines(draft.exclude),
    platforms: [...draft.platforms],
    sensitivity: draft.sensitivity,
    ...(url ? { webhook: { url, format: draft.webhookFormat } } : {}),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
}
