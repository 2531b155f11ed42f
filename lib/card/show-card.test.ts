import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../sentiment';
import { sentimentCard, type SentimentCard } from './card-model';
import { ENGLISH_CARD_STRINGS } from './card-strings';
import { CARD_AUTO_HIDE_MS, CARD_HOST_ATTRIBUTE, showSentimentCard } from './show-card';

// executeScript sends the function's source; rebuilding it from its text proves it needs nothing else.
const injected = new Function(`return (${showSentimentCard.toString()})`)() as typeof showSentimentCard;

let roots: ShadowRoot[];
beforeEach(() => {
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  document.body.innerHTML = '<main>page</main>';
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const hosts = () => document.querySelectorAll(`[${CARD_HOST_ATTRIBUTE}]`);
const text = (selector: string) => roots.at(-1)!.querySelector(selector)?.textContent;
const card = (selection: string): SentimentCard => sentimentCard(selection, analyze(selection), ENGLISH_CARD_STRINGS);

describe('showSentimentCard (as injected)', () => {
  it('shows the verdict, score, confidence, aspects and the words that drove it, in a closed shadow root', () => {
    const model = card('客服态度太差了，退款拖了一个月');
    injected(model);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0].getAttribute(CARD_HOST_ATTRIBUTE)).toBe('negative');
    expect((hosts()[0] as HTMLElement).shadowRoot).toBeNull();
    expect(text('.label')).toBe('Negative');
    expect(text('.score')).toBe(model.score);
    expect(text('.confidence')).toBe(model.confidence);
    expect(text('.aspects')).toContain('Service');
    const chips = Array.from(roots.at(-1)!.querySelectorAll('.reasons .chip')).map((chip) => chip.textContent);
    expect(chips.length).toBeGreaterThan(0);
    expect(chips[0]).toContain(model.reasons[0].token);
    expect(roots.at(-1)!.querySelector('.reasons .down')).not.toBeNull();
  });

  it('puts hostile selected text in as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">great product';
    injected(sentimentCard(hostile, analyze(hostile), ENGLISH_CARD_STRINGS));
    expect(text('.excerpt')).toBe(`“${hostile}”`);
    expect(roots.at(-1)!.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('replaces an earlier card instead of stacking', () => {
    injected(card('good'));
    injected(card('terrible service'));
    expect(hosts()).toHaveLength(1);
    expect(text('.label')).toBe('Negative');
  });

  it('closes on its × button and on Escape', () => {
    injected(card('good'));
    (roots.at(-1)!.querySelector('.close') as HTMLButtonElement).click();
    expect(hosts()).toHaveLength(0);
    injected(card('good'));
    hosts()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hosts()).toHaveLength(0);
  });

  it('hides itself after 15 s, but not while the pointer is on it', () => {
    vi.useFakeTimers();
    injected(card('good'));
    vi.advanceTimersByTime(CARD_AUTO_HIDE_MS - 1);
    expect(hosts()).toHaveLength(1);
    hosts()[0].dispatchEvent(new Event('mouseenter'));
    vi.advanceTimersByTime(CARD_AUTO_HIDE_MS * 2);
    expect(hosts()).toHaveLength(1);
    hosts()[0].dispatchEvent(new Event('mouseleave'));
    vi.advanceTimersByTime(CARD_AUTO_HIDE_MS);
    expect(hosts()).toHaveLength(0);
  });

  it('says so when no word moved the score', () => {
    injected({ ...card('the'), reasons: [] });
    expect(text('.reasons')).toBe(ENGLISH_CARD_STRINGS.noReasons);
  });
});
