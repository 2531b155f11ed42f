// Runs IN THE PAGE via scripting.executeScript({ func: showSentimentCard, args: [card] }): the browser
// sends this function's source text, so it must use nothing but its argument and DOM globals (no
// imports, no module helpers). It runs in the extension's isolated world: the page cannot patch the
// DOM methods it calls. The card lives in a closed shadow root, every string goes in as textContent.
import type { SentimentCard } from './card-model';

// For tests; the function repeats these as literals because it cannot reach module constants.
export const CARD_HOST_ATTRIBUTE = 'data-earshot-card';
export const CARD_AUTO_HIDE_MS = 15_000;

export function showSentimentCard(card: SentimentCard, autoHideMs = 15_000): void {
  const HOST = 'data-earshot-card';
  const COLOURS = { positive: '#1a7f37', neutral: '#57606a', negative: '#cf222e' } as const;
  for (const old of Array.from(document.querySelectorAll(`[${HOST}]`))) old.remove();

  const host = document.createElement('div');
  host.setAttribute(HOST, card.label);
  // The page's own CSS must not move or hide the card: inline !important outranks any page rule.
  host.style.cssText = ['all:initial', 'position:fixed', 'top:16px', 'right:16px', 'z-index:2147483647', 'display:block']
    .map((declaration) => `${declaration} !important`).join(';');
  const root = host.attachShadow({ mode: 'closed' });

  const style = document.createElement('style');
  style.textContent = `
    .card{font:13px/1.45 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f2328;background:#fff;
      border:1px solid #d0d7de;border-left:6px solid var(--c);border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);
      width:300px;padding:10px 12px;box-sizing:border-box}
    .head{display:flex;align-items:center;gap:8px}
    .title{flex:1;font-weight:600;color:#57606a;font-size:12px}
    .close{all:unset;cursor:pointer;font-size:16px;line-height:1;padding:2px 6px;border-radius:4px;color:#57606a}
    .close:hover,.close:focus-visible{background:#eaeef2;outline:2px solid #0969da}
    .label{font-size:18px;font-weight:700;color:var(--c);margin:4px 0 2px}
    .excerpt{color:#57606a;font-size:12px;margin:0 0 6px;overflow-wrap:anywhere}
    .row{display:flex;gap:12px;margin:2px 0}
    .k{color:#57606a}
    .chips{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}
    .chip{border-radius:10px;padding:1px 8px;font-size:12px;background:#eaeef2;overflow-wrap:anywhere}
    .up{background:#dafbe1;color:#1a7f37}.down{background:#ffebe9;color:#cf222e}
    .note{color:#9a6700;font-size:12px;margin-top:4px}`;
  root.append(style);

  const element = (tag: string, className: string, text?: string) => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const box = element('div', 'card');
  box.setAttribute('role', 'status');
  box.style.setProperty('--c', COLOURS[card.label] ?? COLOURS.neutral);
  const head = element('div', 'head');
  const close = element('button', 'close', '×');
  close.setAttribute('aria-label', card.strings.close);
  close.setAttribute('title', card.strings.close);
  head.append(element('div', 'title', card.strings.title), close);
  box.append(head, element('div', 'label', card.labelText), element('p', 'excerpt', `“${card.excerpt}”`));

  const row = element('div', 'row');
  row.append(element('span', 'k', `${card.strings.score} `), element('span', 'score', card.score));
  row.append(element('span', 'k', `${card.strings.confidence} `), element('span', 'confidence', card.confidence));
  box.append(row);

  if (card.aspects.length) {
    const aspects = element('div', 'chips aspects');
    aspects.append(element('span', 'k', card.strings.aspects));
    for (const aspect of card.aspects) aspects.append(element('span', 'chip', aspect));
    box.append(aspects);
  }

  box.append(element('div', 'k', card.strings.reasons));
  const reasons = element('div', 'chips reasons');
  for (const reason of card.reasons) {
    const sign = reason.weight > 0 ? '+' : '\u2212';
    reasons.append(element('span', `chip ${reason.weight > 0 ? 'up' : 'down'}`, `${reason.token} ${sign}${Math.abs(reason.weight).toFixed(2)}`));
  }
  if (!card.reasons.length) reasons.append(element('span', 'k', card.strings.noReasons));
  box.append(reasons);
  if (card.sarcasm) box.append(element('div', 'note', card.strings.sarcasm));
  root.append(box);

  let timer = 0;
  const dismiss = () => {
    clearTimeout(timer);
    host.remove();
  };
  close.addEventListener('click', dismiss);
  host.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') dismiss();
  });
  // Hovering keeps it open for reading; leaving restarts the clock.
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(dismiss, autoHideMs) as unknown as number;
  };
  host.addEventListener('mouseenter', () => clearTimeout(timer));
  host.addEventListener('mouseleave', arm);
  (document.body ?? document.documentElement).append(host);
  arm();
}
