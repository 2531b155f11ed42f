import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import chinese from '../../public/_locales/zh_CN/messages.json';
import { messageFrom } from '../../lib/i18n';
import { testFlag, testWatch } from '../../lib/crisis/test-flags';
import { AlertList } from '../AlertList';
import { byTestId, mount } from '../mount.test-helper';
import { FlagDetail } from './FlagDetail';
import { FlagList } from './FlagList';
import { WatchForm } from './WatchForm';
import { WatchList } from './WatchList';

const now = Date.parse('2026-11-26T12:45:00Z');
const noPlaybook = () => undefined;

afterEach(() => vi.restoreAllMocks());

describe('AlertList', () => {
  it('lists open flags with level, watch, top reason and opens the desk at the flag', () => {
    const open = vi.fn();
    const root = mount(<AlertList alerts={[{ flag: testFlag({ level: 'red', id: 'f/9' }), watchName: 'Acme' }]} now={now} onOpenDesk={open} />);
    const [item] = byTestId(root, 'alert-item');
    expect(item!.dataset.level).toBe('red');
    expect(item!.textContent).toContain('Acme');
    expect(item!.textContent).toContain('Red · I · Severe');
    expect(item!.textContent).toContain('Negative share 62% ≥ 40%');
    expect(item!.textContent).toContain('40 minutes ago');
    item!.querySelector('a')!.click();
    expect(open).toHaveBeenCalledWith('#flag=f%2F9');
  });
  it('renders nothing without open flags', () => {
    expect(mount(<AlertList alerts={[]} now={now} onOpenDesk={() => {}} />).innerHTML).toBe('');
  });
  it('speaks Chinese when the browser picked zh_CN', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => messageFrom(chinese, key, subs)) as never);
    const root = mount(<AlertList alerts={[{ flag: testFlag({ level: 'orange' }), watchName: '艾可美' }]} now={now} onOpenDesk={() => {}} />);
    expect(root.textContent).toContain('橙色 · II级 · 严重');
    expect(root.textContent).toContain('负面占比 62% ≥ 40%');
    expect(root.textContent).toContain('打开危机台');
  });
});

describe('FlagList', () => {
  it('shows cards with stage and an overdue clock, closed flags apart', () => {
    const flags = [testFlag({ id: 'a', respondBy: '2026-11-26T12:30:00Z' }), testFlag({ id: 'b', stage: 'reviewed', level: 'blue' })];
    const root = mount(<FlagList flags={flags} watchNames={new Map([['w1', 'Acme']])} now={now} hasWatches />);
    const cards = byTestId(root, 'flag-card');
    expect(cards.map((card) => card.dataset.id)).toEqual(['a', 'b']);
    expect(cards[0]!.getAttribute('href')).toBe('#flag=a');
    expect(byTestId(cards[0]!, 'flag-clock')[0]!.dataset.state).toBe('overdue');
    expect(cards[0]!.textContent).toContain('Overdue by 15 min');
    expect(cards[1]!.closest('ul')!.classList.contains('closed')).toBe(true);
  });
});

describe('FlagDetail', () => {
  it('explains the level, links evidence safely and keeps scraped text as text', () => {
    const root = mount(<FlagDetail flag={testFlag()} watch={testWatch()} now={now} onUpdate={async () => {}} playbookFor={noPlaybook} />);
    expect(byTestId(root, 'flag-detail')[0]!.dataset.level).toBe('orange');
    expect(byTestId(root, 'flag-reason').map((li) => li.textContent)).toEqual([
      'Negative share 62% ≥ 40%', 'Mentions 3.4σ above the 7-day baseline (≥ 3σ)',
    ]);
    const [evidence] = byTestId(root, 'flag-evidence');
    expect(evidence!.querySelector('.evidence-text')!.textContent).toBe('Acme 退款难 <at user_id="all">all</at>');
    expect(evidence!.querySelector('at')).toBeNull();
    const link = evidence!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://weibo.com/1/abc');
    expect(link.getAttribute('rel')).toContain('noopener');
  });
  it('moves the flag on, sets the owner and adds a note through onUpdate', async () => {
    const onUpdate = vi.fn(async () => {});
    const root = mount(<FlagDetail flag={testFlag()} watch={testWatch()} now={now} onUpdate={onUpdate} playbookFor={noPlaybook} />);
    expect(byTestId(root, 'flag-stage').map((li) => li.dataset.state)).toEqual(['current', 'todo', 'todo', 'todo', 'todo', 'todo']);
    byTestId(root, 'stage-next')[0]!.click();
    expect(onUpdate).toHaveBeenLastCalledWith({ stage: 'assessed' });
    const owner = byTestId(root, 'flag-owner')[0] as HTMLInputElement;
    owner.value = ' 李娜 ';
    owner.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect((owner.form!.querySelector('button') as HTMLButtonElement).disabled).toBe(false));
    owner.form!.requestSubmit();
    expect(onUpdate).toHaveBeenLastCalledWith({ owner: '李娜' });
  });
  it('asks for the review before the last step and shows the playbook', async () => {
    const onUpdate = vi.fn(async () => {});
    const playbook = { check: ['Batch numbers'], say: ['We are sorry'], avoid: ['Blaming customers'] };
    const root = mount(<FlagDetail flag={testFlag({ stage: 'resolved' })} now={now} onUpdate={onUpdate} playbookFor={() => playbook} />);
    const next = byTestId(root, 'stage-next')[0] as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    const review = byTestId(root, 'flag-review')[0] as HTMLTextAreaElement;
    review.value = 'Refunds sped up';
    review.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(next.disabled).toBe(false));
    next.click();
    expect(onUpdate).toHaveBeenLastCalledWith({ stage: 'reviewed', review: 'Refunds sped up' });
    expect(byTestId(root, 'flag-playbook')[0]!.textContent).toContain('Blaming customers');
  });
});

describe('WatchForm and WatchList', () => {
  const fill = (form: HTMLElement, name: string, value: string) => {
    const field = form.querySelector(`[name="${name}"]`) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('saves a new watch with a generated id, one term per line, and ticked platforms', async () => {
    const onSave = vi.fn(async () => {});
    const root = mount(<WatchForm onSave={onSave} onTest={async () => ({ ok: true })} onCancel={() => {}}
      now={() => '2026-11-26T00:00:00.000Z'} newId={() => 'new-id'} />);
    const form = byTestId(root, 'watch-form')[0]!;
    fill(form, 'name', 'Acme');
    fill(form, 'terms', 'Acme\n艾可美\n@acme');
    (form.querySelector('[value="weibo"]') as HTMLInputElement).click();
    await vi.waitFor(() => expect((form.querySelector('[value="weibo"]') as HTMLInputElement).checked).toBe(true));
    byTestId(root, 'watch-save')[0]!.click();
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({
      id: 'new-id', name: 'Acme', terms: ['Acme', '艾可美', '@acme'], platforms: ['weibo'], kind: 'brand', sensitivity: 'medium',
      createdAt: '2026-11-26T00:00:00.000Z', updatedAt: '2026-11-26T00:00:00.000Z',
    }));
  });
  it('refuses to save a watch without terms or with an http webhook', async () => {
    const onSave = vi.fn(async () => {});
    const root = mount(<WatchForm onSave={onSave} onTest={async () => ({ ok: true })} onCancel={() => {}} />);
    const form = byTestId(root, 'watch-form')[0]!;
    fill(form, 'name', 'Acme');
    fill(form, 'webhookUrl', 'http://hooks.example.com/x');
    await new Promise((resolve) => setTimeout(resolve)); // let the form re-render with the typed values
    byTestId(root, 'watch-save')[0]!.click();
    await vi.waitFor(() => expect(form.querySelector('.form-problems')?.textContent).toContain('https'));
    expect(form.textContent).toContain('Add at least one term.');
    expect(onSave).not.toHaveBeenCalled();
  });
  it('lists watches with 24-hour mentions and back-fill progress; delete asks first', async () => {
    const onDelete = vi.fn(async () => {});
    const confirm = vi.fn(() => true);
    const root = mount(<WatchList watches={[testWatch()]} mentions24h={new Map([['w1', 1234]])}
      backfills={new Map([['w1', { id: 'backfill:w1', version: 'v', done: 40, total: 100 }]])}
      onSave={async () => {}} onDelete={onDelete} onTest={async () => ({ ok: true })} confirm={confirm} />);
    const [row] = byTestId(root, 'watch-row');
    expect(row!.textContent).toContain('1,234 mentions in 24 h');
    const progress = byTestId(row!, 'backfill-progress')[0]!;
    expect([progress.dataset.done, progress.dataset.total, progress.dataset.finished]).toEqual(['40', '100', 'false']);
    (row!.querySelector('button.danger') as HTMLButtonElement).click();
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Acme'));
    expect(onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'w1' }));
  });
});

describe('playbookFor (dashboard view of lib/crisis/playbooks)', () => {
  it('gives the type\'s own advice in the UI language', async () => {
    const { playbookFor } = await import('./playbook-view');
    const zh = playbookFor('food_safety', 'zh-CN')!;
    const en = playbookFor('food_safety', 'en')!;
    expect(zh.check.length).toBeGreaterThan(0);
    expect(zh.check.join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(en.say.join(' ')).toMatch(/[a-z]/i);
    expect(en.check).not.toEqual(playbookFor('rumour', 'en')!.check);
  });
});
