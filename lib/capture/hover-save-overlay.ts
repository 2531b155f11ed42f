// The hover button's home: one host element appended to <html>, absolutely positioned and zero-sized so
// the page's layout never moves, with a closed shadow root so page styles and scripts cannot reach in.

export type ButtonState = 'idle' | 'saving' | 'saved' | 'failed';

export interface Overlay {
  readonly host: HTMLElement;
  /** The closed root; only the code that made it (and its tests) hold a reference. */
  readonly root: ShadowRoot;
  readonly button: HTMLButtonElement;
  /** Top-right corner of the post, in document coordinates (the host sits at the document's origin). */
  placeAt(postBox: DOMRect, scroll: { x: number; y: number }): void;
  show(): void;
  hide(): void;
  readonly visible: boolean;
  /** `detail` becomes the tooltip (the reason a save failed). */
  setState(state: ButtonState, label: string, detail?: string): void;
  remove(): void;
}

export const HOST_TAG = 'earshot-save';
const INSET = 8;

// `all: initial` first: a page rule like `html > * { margin: … }` must not touch the host.
const HOST_STYLE = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647;';

const SHADOW_STYLE = `
  button {
    position: absolute; transform: translateX(-100%); display: none; margin: 0;
    padding: 4px 10px; border: 1px solid #2f56c6; border-radius: 999px; background: #fff; color: #2f56c6;
    font: 600 12px/1.4 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.18); cursor: pointer; white-space: nowrap;
  }
  button.shown { display: block; }
  button:hover { background: #eaf0ff; }
  button[data-state='saved'] { border-color: #1f9d63; color: #1f9d63; }
  button[data-state='failed'] { border-color: #c8372d; color: #c8372d; }
  button:disabled { cursor: progress; }
`;

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  root.append(style, button);
  doc.documentElement.append(host);

  return {
    host,
    root,
    button,
    placeAt(postBox, scroll) {
      button.style.left = `${Math.round(postBox.right + scroll.x - INSET)}px`;
      button.style.top = `${Math.round(postBox.top + scroll.y + INSET)}px`;
    },
    show: () => button.classList.add('shown'),
    hide: () => button.classList.remove('shown'),
    get visible() {
      return button.classList.contains('shown');
    },
    setState(state, label, detail) {
      button.dataset.state = state;
      button.disabled = state === 'saving';
      button.textContent = label;
      button.title = detail ?? label;
    },
    remove: () => host.remove(),
  };
}
