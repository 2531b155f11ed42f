import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import chinese from '../../public/_locales/zh_CN/messages.json';
import { messageFrom } from '../../lib/i18n';
import { savedExample } from '../../lib/swipe/test-examples';
import { cardCounts } from '../../lib/swipe/ui-card';
import { EMPTY_CONTROLS } from '../../lib/swipe/ui-controls';
import { libraryFacets } from '../../lib/swipe/ui-facets';
import { byTestId, mount } from '../mount.test-helper';
import { BulkBar } from './BulkBar';
import { ExampleCard } from './ExampleCard';
import { HoverOptIn } from './HoverOptIn';
import { LibraryToolbar } from './LibraryToolbar';
import { LibraryTransfer } from './LibraryTransfer';

const now = Date.parse('2026-11-26T12:00:00Z');
const one = (root: ParentNode, id: string) => byTestId(root, id)[0]!;
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
/** Lets a clicked action finish and the component re-render (all microtasks, then one task). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const example = savedExample({
  text: '新品上线 <img src=x onerror=alert(1)>', tags: ['抽奖'], board: '竞品A / 双十一', stance: 'competitor', brand: 'Acme',
  metricsAtSave: { likes: 1000, comments: 200, shares: 50 }, image: { width: 600, height: 400, mime: 'image/png', cropped: true, bytes: 10 },
});
const card = (overrides: Partial<Parameters<typeof ExampleCard>[0]> = {}) => (
  <ExampleCard example={example} counts={cardCounts(example, { metrics: { likes: 1500, comments: 180, shares: 50 } })}
    thumbnail="blob:thumb" selected={false} onSelect={() => {}} onPick={() => {}} now={now} {...overrides} />
);

afterEach(() => vi.restoreAllMocks());

describe('ExampleCard', () => {
  it('shows the example with its ids, picture, counts now and growth since saving', () => {
    const root = mount(card());
    const item = one(root, 'example-item');
    expect(item.dataset.id).toBe(example.id);
    expect(item.dataset.platform).toBe('weibo');
    expect(item.querySelector('img')!.getAttribute('src')).toBe('blob:thumb');
    expect(item.querySelector('.example-text')!.textContent).toBe('新品上线 <img src=x onerror=alert(1)>');
    expect(item.querySelectorAll('img')).toHaveLength(1);
    const growth = one(root, 'example-growth');
    expect(growth.dataset.delta).toBe('480');
    expect(growth.textContent).toBe('+480 engagement since saved (was 1,250)');
    const likes = item.querySelector('[data-metric="likes"]')!;
    expect(likes.textContent).toBe('Likes1,500+500');
    expect(item.querySelector('[data-metric="comments"]')!.textContent).toContain('−20');
    expect(item.textContent).toContain('竞品A › 双十一');
    expect(item.textContent).toContain('Competitor');
  });
  it('reports selection and picks a filter from a tag or board chip', () => {
    const onSelect = vi.fn();
    const onPick = vi.fn();
    const root = mount(card({ onSelect, onPick }));
    one(root, 'library-select').click();
    expect(onSelect).toHaveBeenCalledWith(example.id, true);
    [...root.querySelectorAll<HTMLButtonElement>('.chip')].find((chip) => chip.textContent === '#抽奖')!.click();
    expect(onPick).toHaveBeenCalledWith('tag', '抽奖');
    root.querySelector<HTMLButtonElement>('.chip-board')!.click();
    expect(onPick).toHaveBeenLastCalledWith('board', '竞品A / 双十一');
  });
  it('shows the counts at save when the post is gone, and links only http(s) URLs', () => {
    const gone = savedExample({ url: 'javascript:alert(1)', metricsAtSave: { likes: 7 }, image: undefined });
    const root = mount(<ExampleCard example={gone} counts={cardCounts(gone, undefined)} selected onSelect={() => {}} onPick={() => {}} now={now} />);
    expect(one(root, 'example-growth').dataset.delta).toBe('0');
    expect(one(root, 'example-growth').textContent).toContain('7 engagement when saved');
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('No picture');
    expect(one(root, 'example-item').classList.contains('is-selected')).toBe(true);
  });
  it('speaks Chinese when the browser picked zh_CN', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => messageFrom(chinese, key, subs)) as never);
    const root = mount(card());
    expect(one(root, 'example-growth').textContent).toBe('保存后互动 +480（保存时 1,250）');
    expect(root.textContent).toContain('竞品');
    expect(root.textContent).toContain('点赞');
  });
});

describe('LibraryToolbar', () => {
  const facets = libraryFacets([example, savedExample({ id: 'ex:x:1', platform: 'x', tags: ['launch'], board: '竞品A' })]);
  it('offers the values that occur, with counts and sub-boards, and reports changes', () => {
    const onChange = vi.fn();
    const root = mount(<LibraryToolbar controls={EMPTY_CONTROLS} facets={facets} onChange={onChange} onClear={() => {}} filtered={false} />);
    const boards = one(root, 'library-filter-board') as HTMLSelectElement;
    expect([...boards.options].map((option) => option.textContent)).toEqual(['All', '竞品A (2)', '\u2003双十一 (1)']);
    expect([...(one(root, 'library-filter-platform') as HTMLSelectElement).options].map((option) => option.value)).toEqual(['', 'weibo', 'x']);
    choose(boards, '竞品A / 双十一');
    expect(onChange).toHaveBeenLastCalledWith({ board: '竞品A / 双十一' });
    choose(one(root, 'library-sort') as HTMLSelectElement, 'engagementRate');
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'engagementRate' });
    type(one(root, 'library-search') as HTMLInputElement, '白桃');
    expect(onChange).toHaveBeenLastCalledWith({ query: '白桃' });
    expect(byTestId(root, 'library-filter-clear')).toHaveLength(0);
  });
  it('keeps a picked value that no example has any more and offers to clear', () => {
    const onClear = vi.fn();
    const root = mount(<LibraryToolbar controls={{ ...EMPTY_CONTROLS, tag: 'gone' }} facets={facets} onChange={() => {}} onClear={onClear} filtered />);
    expect((one(root, 'library-filter-tag') as HTMLSelectElement).value).toBe('gone');
    one(root, 'library-filter-clear').click();
    expect(onClear).toHaveBeenCalled();
  });
});

describe('BulkBar', () => {
  const bar = (props: Partial<Parameters<typeof BulkBar>[0]> = {}) => (
    <BulkBar selected={2} shown={5} onSelectShown={() => {}} onClear={() => {}} onChange={async () => {}} onDelete={async () => {}} {...props} />
  );
  it('adds and removes tags split from one box and moves to a board or off it', async () => {
    const onChange = vi.fn(async () => {});
    const root = mount(bar({ onChange }));
    expect(root.textContent).toContain('2 selected');
    type(one(root, 'library-bulk-tags') as HTMLInputElement, '新品， launch');
    await vi.waitFor(() => expect((one(root, 'library-bulk-tag') as HTMLButtonElement).disabled).toBe(false));
    one(root, 'library-bulk-tag').click();
    expect(onChange).toHaveBeenLastCalledWith({ addTags: ['新品', 'launch'] });
    await vi.waitFor(() => expect((one(root, 'library-bulk-tags') as HTMLInputElement).value).toBe(''));
    type(one(root, 'library-bulk-tags') as HTMLInputElement, 'old');
    await vi.waitFor(() => expect((one(root, 'library-bulk-untag') as HTMLButtonElement).disabled).toBe(false));
    one(root, 'library-bulk-untag').click();
    expect(onChange).toHaveBeenLastCalledWith({ removeTags: ['old'] });
    await vi.waitFor(() => expect((one(root, 'library-bulk-tags') as HTMLInputElement).value).toBe(''));
    await vi.waitFor(() => expect((one(root, 'library-bulk-board') as HTMLButtonElement).disabled).toBe(false));
    one(root, 'library-bulk-board').click();
    expect(onChange).toHaveBeenLastCalledWith({ board: null });
    await settle();
    type(one(root, 'library-bulk-board-name') as HTMLInputElement, ' Acme / Q4 ');
    await vi.waitFor(() => expect(one(root, 'library-bulk-board').textContent).toBe('Move to board'));
    one(root, 'library-bulk-board').click();
    expect(onChange).toHaveBeenLastCalledWith({ board: 'Acme / Q4' });
  });
  it('deletes only after confirming and shows why a change failed', async () => {
    const onDelete = vi.fn(async () => {});
    const confirm = vi.fn(() => false);
    const root = mount(bar({ onDelete, confirm, onChange: async () => { throw new Error('disk full'); } }));
    one(root, 'library-bulk-delete').click();
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Delete 2 saved examples'));
    expect(onDelete).not.toHaveBeenCalled();
    confirm.mockReturnValue(true);
    one(root, 'library-bulk-delete').click();
    expect(onDelete).toHaveBeenCalledTimes(1);
    one(root, 'library-bulk-board').click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not change the examples: disk full'));
  });
});

describe('LibraryTransfer', () => {
  const pick = (input: HTMLInputElement, file: File) => {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  it('exports each format, says how many examples it writes and how many NDJSON left out', async () => {
    const onExport = vi.fn(async (kind: string) => ({ written: 3, skipped: kind === 'ndjson' ? 2 : 0 }));
    const root = mount(<LibraryTransfer count={3} fromSelection onExport={onExport} onImport={async () => 0} />);
    expect(root.textContent).toContain('Export 3 selected');
    one(root, 'library-export-bundle').click();
    one(root, 'library-export-csv').click();
    one(root, 'library-export-ndjson').click();
    expect(onExport.mock.calls.map(([kind]) => kind)).toEqual(['bundle', 'csv', 'ndjson']);
    await vi.waitFor(() => expect(one(root, 'library-export-skipped').textContent).toBe('Exported 3; 2 left out because 4CAT does not import their platform from Zeeschuimer.'));
  });
  it('offers only import when there is nothing to export', () => {
    const root = mount(<LibraryTransfer count={0} fromSelection={false} onExport={async () => ({ written: 0, skipped: 0 })} onImport={async () => 0} />);
    expect(byTestId(root, 'library-export-csv')).toHaveLength(0);
    expect((one(root, 'library-import') as HTMLInputElement).disabled).toBe(false);
  });
  it('imports a picked file and shows the count, or the reason nothing changed', async () => {
    const onImport = vi.fn(async (file: File) => {
      if (file.name === 'bad.json') throw new Error('images[0] is not base64');
      return 4;
    });
    const root = mount(<LibraryTransfer count={0} fromSelection={false} onExport={async () => ({ written: 0, skipped: 0 })} onImport={onImport} />);
    pick(one(root, 'library-import') as HTMLInputElement, new File(['{}'], 'good.json'));
    await vi.waitFor(() => expect(one(root, 'library-import-done').dataset.count).toBe('4'));
    expect(one(root, 'library-import-done').textContent).toContain('examples added or updated: 4');
    pick(one(root, 'library-import') as HTMLInputElement, new File(['{}'], 'bad.json'));
    await vi.waitFor(() => expect(one(root, 'library-import-error').textContent).toBe('Import failed: images[0] is not base64'));
    expect(byTestId(root, 'library-import-done')).toHaveLength(0);
  });
});

describe('HoverOptIn', () => {
  it('ticks the opted-in platforms and reports a toggle', () => {
    const onToggle = vi.fn();
    const root = mount(<HoverOptIn enabled={['x']} onToggle={onToggle} />);
    expect((one(root, 'library-hover-x') as HTMLInputElement).checked).toBe(true);
    expect((one(root, 'library-hover-weibo') as HTMLInputElement).checked).toBe(false);
    one(root, 'library-hover-weibo').click();
    expect(onToggle).toHaveBeenCalledWith('weibo', true);
    expect(root.querySelector('summary')!.textContent).toContain('X');
  });
  it('waits for storage before allowing changes', () => {
    const root = mount(<HoverOptIn onToggle={() => {}} />);
    expect((one(root, 'library-hover-weibo') as HTMLInputElement).disabled).toBe(true);
  });
});
