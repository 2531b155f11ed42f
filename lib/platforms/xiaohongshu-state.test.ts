import { describe, expect, it } from 'vitest';
import { readInitialState, undefinedToNull } from './xiaohongshu-state';

describe('undefinedToNull', () => {
  it('replaces bare undefined tokens, in objects and arrays', () => {
    expect(undefinedToNull('{"a":undefined,"b":[undefined, 1]}')).toBe('{"a":null,"b":[null, 1]}');
  });

  it('leaves undefined inside strings, escaped quotes and longer names alone', () => {
    const literal = '{"t":"say \\"undefined\\" twice: undefined","u":\'undefined\',"undefinedKey":1,"v":myundefined}';
    expect(undefinedToNull(literal)).toBe(literal);
  });
});

describe('readInitialState', () => {
  it('reads the state assigned in a script without evaluating it', () => {
    const code = 'window.__INITIAL_STATE__={"note":{"noteDetailMap":{"1":{"note":{"video":undefined,"title":"a}b"}}}}}';
    expect(readInitialState(code)).toEqual({ note: { noteDetailMap: { 1: { note: { video: null, title: 'a}b' } } } } });
  });

  it('gives undefined for code that is not data, cut short, or has no state', () => {
    expect(readInitialState('window.__INITIAL_STATE__={"a":alert(1)}')).toBeUndefined();
    expect(readInitialState('window.__INITIAL_STATE__={"a":[1,2')).toBeUndefined();
    expect(readInitialState('window.__OTHER__={}')).toBeUndefined();
  });
});
