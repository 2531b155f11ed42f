// What a panel shows before its data has arrived, and when the range holds nothing for it.
import { t } from '../../../lib/i18n';

export function Loading() {
  return <p class="muted empty-line" data-testid="panel-loading" aria-busy="true">{t('an_p_loading')}</p>;
}

export function Empty({ text }: { text?: string }) {
  return <p class="muted empty-line" data-testid="panel-empty">{text ?? t('an_p_none')}</p>;
}
