import type { AdapterHealth } from '../lib/db';
import { formatCount, formatDateTime, formatRelativeTime, t, uiLocale } from '../lib/i18n';
import { adapterName } from './platformName';

export function CaptureHealth({ rows, now }: { rows: readonly AdapterHealth[]; now: number }) {
  const locale = uiLocale();
  return (
    <section class="card">
      <h2>{t('healthTitle')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('healthNone')}</p>
      ) : (
        <table class="health">
          <thead>
            <tr>
              <th scope="col">{t('healthSource')}</th>
              <th scope="col" class="num">{t('healthItems')}</th>
              <th scope="col" class="num">{t('healthErrors')}</th>
              <th scope="col" class="num">{t('healthSkipped')}</th>
              <th scope="col" class="num">{t('healthLast')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.adapter}
                data-testid="health-row"
                data-adapter={row.adapter}
                class={row.errors > 0 ? 'has-errors' : undefined}
                title={row.lastError ? t('healthLastError', row.lastError) : undefined}
              >
                <th scope="row">{adapterName(row.adapter)}</th>
                <td class="num" data-value={String(row.items)}>{formatCount(row.items, locale)}</td>
                <td class="num errors" data-value={String(row.errors)}>{formatCount(row.errors, locale)}</td>
                <td class="num" data-value={String(row.skipped)}>{formatCount(row.skipped, locale)}</td>
                <td class="num">
                  {row.lastCaptureAt ? (
                    <time dateTime={row.lastCaptureAt} title={formatDateTime(row.lastCaptureAt, locale)}>
                      {formatRelativeTime(row.lastCaptureAt, now, locale)}
                    </time>
                  ) : (
                    t('healthNever')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
