import { describe, expect, it } from 'vitest';
import { EmptyState } from './EmptyState';
import { mount } from './mount.test-helper';

describe('EmptyState', () => {
  it('tells a new user what to do and that nothing leaves the machine', () => {
    const root = mount(<EmptyState />);
    expect(root.querySelectorAll('li')).toHaveLength(3);
    expect(root.textContent).toContain('Open Weibo or X');
    expect(root.textContent).toContain('Nothing is uploaded');
  });
});
