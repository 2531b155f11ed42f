import type { CrisisType } from '../../lib/crisis/types';
import { t } from '../../lib/i18n';
import { crisisTypeName } from './reason-text';
import type { PlaybookView } from './playbook-view';

function Steps({ title, items, tone }: { title: string; items: readonly string[]; tone: string }) {
  if (items.length === 0) return null;
  return (
    <div class={`playbook-part playbook-${tone}`}>
      <h4>{title}</h4>
      <ul>{items.map((item) => <li key={item}>{item}</li>)}</ul>
    </div>
  );
}

interface FlagPlaybookProps {
  types: readonly CrisisType[];
  playbookFor(type: CrisisType): PlaybookView | undefined;
}

export function FlagPlaybook({ types, playbookFor }: FlagPlaybookProps) {
  const books = types.flatMap((type) => {
    const book = playbookFor(type);
    return book ? [{ type, book }] : [];
  });
  return (
    <section class="panel" data-testid="flag-playbook">
      <h2>{t('crisis_playbook')}</h2>
      {books.length === 0 && <p class="muted">{t('crisis_playbookNone')}</p>}
      {books.map(({ type, book }) => (
        <div key={type} class="playbook" data-type={type}>
          <h3>{crisisTypeName(type)}</h3>
          <div class="playbook-parts">
            <Steps title={t('crisis_playbookCheck')} items={book.check} tone="check" />
            <Steps title={t('crisis_playbookSay')} items={book.say} tone="say" />
            <Steps title={t('crisis_playbookAvoid')} items={book.avoid} tone="avoid" />
          </div>
        </div>
      ))}
    </section>
  );
}
