// Renders a component into a fresh container under happy-dom; unmounts everything after each test.
import { render, type ComponentChild } from 'preact';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
});

export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(node, container);
  return container;
}

export function byTestId(root: ParentNode, testId: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
}
