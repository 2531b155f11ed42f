import { describe, expect, it } from 'vitest';
import { withoutJsonGuard } from './json-guard';

describe('withoutJsonGuard', () => {
  it('removes the anti-hijacking prefixes sites put before JSON', () => {
    expect(JSON.parse(withoutJsonGuard('for (;;);{"a":1}'))).toEqual({ a: 1 });
    expect(JSON.parse(withoutJsonGuard(")]}'\n[1,2]"))).toEqual([1, 2]);
    expect(JSON.parse(withoutJsonGuard('while(1);{"b":2}'))).toEqual({ b: 2 });
  });

  it('leaves plain JSON and look-alikes inside strings alone', () => {
    expect(withoutJsonGuard('{"code":"for (;;);"}')).toBe('{"code":"for (;;);"}');
    expect(withoutJsonGuard('[1]')).toBe('[1]');
  });
});
