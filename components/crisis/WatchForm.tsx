// Add or edit a watch. The save and test handlers run straight from the click (no await before them),
// so the browser still sees a user gesture when they ask for the webhook's host permission.
import { useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../../lib/model';
import type { CrisisReply } from '../../lib/messages';
import { t } from '../../lib/i18n';
import type { Sensitivity, Watch, WatchKind, WatchWebhook, WebhookFormat } from '../../lib/watch/types';
import { platformName } from '../platformName';
import { useAction } from './useAction';
import { EMPTY_DRAFT, draftFromWatch, draftProblems, watchFromDraft, webhookUrlProblem, type WatchDraft } from './watch-form';

const FORMATS: readonly WebhookFormat[] = ['slack', 'feishu', 'dingtalk', 'wecom'];
const SENSITIVITIES: readonly Sensitivity[] = ['low', 'medium', 'high'];
const KINDS: readonly WatchKind[] = ['brand', 'competitor'];

interface WatchFormProps {
  watch?: Watch;
  onSave(watch: Watch): Promise<void>;
  onTest(webhook: WatchWebhook, watchName: string): Promise<CrisisReply>;
  onCancel(): void;
  now?: () => string;
  newId?: () => string;
}

export function WatchForm({ watch, onSave, onTest, onCancel, now = () => new Date().toISOString(), newId = () => crypto.randomUUID() }: WatchFormProps) {
  const [draft, setDraft] = useState<WatchDraft>(() => (watch ? draftFromWatch(watch) : EMPTY_DRAFT));
  const [shown, setShown] = useState<string[]>([]);
  const [testResult, setTestResult] = useState<{ ok: boolean; text: string }>();
  const save = useAction();
  const test = useAction();
  const set = <K extends keyof WatchDraft>(key: K, value: WatchDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const togglePlatform = (platform: Platform, on: boolean) =>
    set('platforms', on ? [...draft.platforms, platform] : draft.platforms.filter((item) => item !== platform));

  const submit = (event: Event) => {
    event.preventDefault();
    const problems = draftProblems(draft);
    setShown(problems.map((key) => t(key)));
    if (problems.length) return;
    void save.run(() => onSave(watchFromDraft(draft, watch, now(), newId)));
  };
  const runTest = () => {
    const url = draft.webhookUrl.trim();
    const problem = webhookUrlProblem(url);
    setTestResult(undefined);
    if (problem) return setTestResult({ ok: false, text: t(problem) });
    void test.run(async () => {
      const reply = await onTest({ url, format: draft.webhookFormat }, draft.name.trim() || t('watch_newTitle'));
      setTestResult(reply.ok ? { ok: true, text: t('watch_testOk', reply.status ?? '') } : { ok: false, text: t('watch_testFailed', reply.error) });
    });
  };

  return (
    <form class="panel watch-form" data-testid="watch-form" onSubmit={submit} noValidate>
      <h2>{watch ? t('watch_editTitle', watch.name) : t('watch_newTitle')}</h2>
      <div class="form-grid">
        <label class="field">
          <span>{t('watch_name')}</span>
          <input name="name" value={draft.name} required onInput={(event) => set('name', event.currentTarget.value)} />
        </label>
        <fieldset class="field">
          <legend>{t('watch_kind')}</legend>
          <div class="segmented">
            {KINDS.map((kind) => (
              <label key={kind}>
                <input type="radio" name="kind" value={kind} checked={draft.kind === kind} onChange={() => set('kind', kind)} />
                <span>{t(`watch_kind_${kind}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label class="field wide">
          <span>{t('watch_terms')}</span>
          <textarea name="terms" rows={5} value={draft.terms} onInput={(event) => set('terms', event.currentTarget.value)} />
          <small class="muted">{t('watch_termsHint')}</small>
        </label>
        <label class="field wide">
          <span>{t('watch_exclude')}</span>
          <textarea name="exclude" rows={2} value={draft.exclude} onInput={(event) => set('exclude', event.currentTarget.value)} />
          <small class="muted">{t('watch_excludeHint')}</small>
        </label>
        <fieldset class="field wide">
          <legend>{t('watch_platforms')} <small class="muted">{t('watch_platformsHint')}</small></legend>
          <div class="checks">
            {PLATFORMS.map((platform) => (
              <label key={platform} class="check">
                <input type="checkbox" name="platform" value={platform} checked={draft.platforms.includes(platform)}
                  onChange={(event) => togglePlatform(platform, event.currentTarget.checked)} />
                <span>{platformName(platform)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label class="field">
          <span>{t('watch_sensitivity')}</span>
          <select name="sensitivity" value={draft.sensitivity} onChange={(event) => set('sensitivity', event.currentTarget.value as Sensitivity)}>
            {SENSITIVITIES.map((level) => <option key={level} value={level}>{t(`watch_sensitivity_${level}`)}</option>)}
          </select>
        </label>
        <fieldset class="field wide">
          <legend>{t('watch_webhook')}</legend>
          <div class="webhook-row">
            <input name="webhookUrl" type="url" placeholder="https://…" value={draft.webhookUrl}
              onInput={(event) => set('webhookUrl', event.currentTarget.value)} />
            <select name="webhookFormat" aria-label={t('watch_webhookFormat')} value={draft.webhookFormat}
              onChange={(event) => set('webhookFormat', event.currentTarget.value as WebhookFormat)}>
              {FORMATS.map((format) => <option key={format} value={format}>{t(`watch_format_${format}`)}</option>)}
            </select>
            <button type="button" data-testid="watch-test" disabled={test.busy || !draft.webhookUrl.trim()} onClick={runTest}>
              {test.busy ? t('watch_testing') : t('watch_test')}
            </button>
          </div>
          <small class="muted">{t('watch_webhookHint')}</small>
          {testResult && <p class={testResult.ok ? 'ok-line' : 'error'} data-testid="watch-test-result" role="status">{testResult.text}</p>}
          {test.error && <p class="error" role="alert">{t('watch_testFailed', test.error)}</p>}
        </fieldset>
      </div>
      {shown.length > 0 && (
        <ul class="error form-problems" role="alert">{shown.map((text) => <li key={text}>{text}</li>)}</ul>
      )}
      {save.error && <p class="error" role="alert">{t('watch_saveFailed', save.error)}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" data-testid="watch-save" disabled={save.busy}>
          {save.busy ? t('watch_saving') : t('watch_save')}
        </button>
        <button type="button" onClick={onCancel}>{t('watch_cancel')}</button>
      </div>
    </form>
  );
}
