// The cards, a page at a time: each card reads its picture's bytes, so a long library is not all decoded at once.
import { useEffect, useState } from 'preact/hooks';
import type { EarshotDb } from '../../lib/db';
import { formatCount, t, uiLocale } from '../../lib/i18n';
import type { CurrentRecords } from '../../lib/swipe/filter';
import type { SavedExample } from '../../lib/swipe/types';
import { cardCounts } from '../../lib/swipe/ui-card';
import { ExampleCard, type PickFilter } from './ExampleCard';
import { useThumbnail } from './useThumbnail';

export const PAGE_SIZE = 48;

interface CardProps {
  db: EarshotDb;
  example: SavedExample;
  records: CurrentRecords;
  selected: boolean;
  onSelect(id: string, on: boolean): void;
  onPick: PickFilter;
  now: number;
}

function LoadedCard({ db, example, records, ...rest }: CardProps) {
  const thumbnail = useThumbnail(db, example);
  return <ExampleCard example={example} counts={cardCounts(example, records.get(example.recordId))} thumbnail={thumbnail} {...rest} />;
}

interface LibraryGridProps extends Omit<CardProps, 'example' | 'selected'> {
  examples: readonly SavedExample[];
  selected: ReadonlySet<string>;
  /** Changes when the filters do: the list then starts again at its first page. */
  resetKey: string;
}

export function LibraryGrid({ examples, selected, resetKey, ...card }: LibraryGridProps) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [resetKey]);
  const rest = examples.length - limit;
  return (
    <>
      {examples.length > 0 && (
        <ul class="example-grid">
          {examples.slice(0, limit).map((example) => (
            <LoadedCard key={example.id} example={example} selected={selected.has(example.id)} {...card} />
          ))}
        </ul>
      )}
      {rest > 0 && (
        <button type="button" class="show-more" data-testid="library-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t('library_showMore', formatCount(Math.min(rest, PAGE_SIZE), uiLocale()))}
        </button>
      )}
    </>
  );
}
