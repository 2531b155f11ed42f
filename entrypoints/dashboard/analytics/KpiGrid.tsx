// The six headline numbers, each with its change against the previous period.
import { t } from '../../../lib/i18n';
import type { KpiCard } from './kpi-cards';

const ARROWS = { up: '▲', down: '▼', flat: '＝', none: '' } as const;

function Card({ card }: { card: KpiCard }) {
  return (
    <div class="an-kpi" data-testid={card.testId} data-value={card.value === undefined ? '' : String(card.value)} title={card.title}>
      <span class="an-kpi-label">{card.label}</span>
      <strong class={`an-kpi-value${card.value === undefined ? ' unknown' : ''}`}>{card.text}</strong>
      {card.detail && <span class="an-kpi-detail muted">{card.detail}</span>}
      <span class={`an-kpi-change change-${card.change.direction}`} data-testid="kpi-change"
        data-value={card.change.delta === undefined ? '' : String(card.change.delta)} title={card.change.title}>
        {card.change.direction !== 'none' && <span aria-hidden="true">{ARROWS[card.change.direction]} </span>}
        {card.change.text} <span class="muted">{t('an_change_vs')}</span>
      </span>
    </div>
  );
}

export function KpiGrid({ cards, busy }: { cards: KpiCard[]; busy: boolean }) {
  return (
    <section class="an-kpis" aria-label={t('an_kpis')} aria-busy={busy ? 'true' : undefined}>
      {cards.map((card) => <Card key={card.testId} card={card} />)}
    </section>
  );
}
