// One saved example in the library grid: picture, who and where, counts at save and now, labels.
import type { CardCounts } from '../../lib/swipe/ui-card';
import { boardPath } from '../../lib/swipe/ui-facets';
import type { SavedExample } from '../../lib/swipe/types';
import { formatDateTime, formatRelativeTime, t, uiLocale } from '../../lib/i18n';
import { platformName } from '../platformName';
import { safeHref } from '../TabItems';
import { ExampleCounts } from './ExampleCounts';

export type PickFilter = (field: 'tag' | 'board' | 'brand', value: string) => void;

interface ExampleCardProps {
  example: SavedExample;
  counts: CardCounts;
  /** Object URL of the picture; absent while loading or when there is none. */
  thumbnail?: string;
  selected: boolean;
  onSelect(id: string, selected: boolean): void;
  onPick: PickFilter;
  now: number;
}

function Thumbnail({ example, thumbnail }: { example: SavedExample; thumbnail?: string }) {
  if (!example.image) return <div class="example-thumb example-thumb-none"><span>{t('library_noImage')}</span></div>;
  return (
    <div class={`example-thumb${example.image.cropped ? '' : ' example-thumb-full'}`}
      title={example.image.cropped ? undefined : t('library_fullView')}>
      {thumbnail && <img src={thumbnail} alt="" width={example.image.width} height={example.image.height} />}
    </div>
  );
}

function Labels({ example, onPick }: { example: SavedExample; onPick: PickFilter }) {
  const hasAny = example.board || example.tags.length > 0 || example.stance || example.brand;
  if (!hasAny) return null;
  return (
    <div class="example-labels">
      {example.stance && <span class={`stance-tag stance-${example.stance}`}>{t(`library_stance_${example.stance}`)}</span>}
      {example.brand && <button type="button" class="chip chip-brand" onClick={() => onPick('brand', example.brand!)}>{example.brand}</button>}
      {example.board && (
        <button type="button" class="chip chip-board" title={t('library_filterBoard')} onClick={() => onPick('board', example.board!)}>
          ▦ {boardPath(example.board).join(' › ')}
        </button>
      )}
      {example.tags.map((tag) => <button type="button" key={tag} class="chip" onClick={() => onPick('tag', tag)}>#{tag}</button>)}
    </div>
  );
}

export function ExampleCard({ example, counts, thumbnail, selected, onSelect, onPick, now }: ExampleCardProps) {
  const locale = uiLocale();
  const href = safeHref(example.url);
  const author = example.author.handle ? `${example.author.name} @${example.author.handle}` : example.author.name;
  return (
    <li class={`example-card${selected ? ' is-selected' : ''}`} data-testid="example-item" data-id={example.id} data-platform={example.platform}>
      <label class="example-select" title={t('library_select')}>
        <input type="checkbox" data-testid="library-select" checked={selected}
          onChange={(event) => onSelect(example.id, event.currentTarget.checked)} />
        <span class="visually-hidden">{t('library_select')}</span>
      </label>
      <Thumbnail example={example} thumbnail={thumbnail} />
      <div class="example-body">
        <div class="example-head">
          <span class={`platform platform-${example.platform}`}>{platformName(example.platform)}</span>
          <span class="author" title={author}>{example.author.name}</span>
          <time dateTime={example.savedAt} title={t('library_savedAt', formatDateTime(example.savedAt, locale))}>
            {formatRelativeTime(example.savedAt, now, locale)}
          </time>
        </div>
        {example.title && <p class="example-title">{example.title}</p>}
        <p class="example-text">{example.text || t('itemNoText')}</p>
        <ExampleCounts counts={counts} />
        <Labels example={example} onPick={onPick} />
        {example.note && <p class="example-note">{example.note}</p>}
        {href && <a class="example-open" href={href} target="_blank" rel="noopener noreferrer">{t('library_open')} ↗</a>}
      </div>
    </li>
  );
}
