import { describe, expect, it } from 'vitest';
import { readAssignedJson, sliceJsonLiteral } from './json-literal';

describe('sliceJsonLiteral', () => {
  it('takes the balanced literal and ignores brackets inside strings', () => {
    const code = 'var $render_data = [{"status": {"text": "a ] } [ b \\" ]"}}][0] || {};';
    expect(sliceJsonLiteral(code, code.indexOf('=') )).toBe('[{"status": {"text": "a ] } [ b \\" ]"}}]');
  });

  it('returns undefined when no literal starts there or it never closes', () => {
    expect(sliceJsonLiteral('x = 42;', 1)).toBeUndefined();
    expect(sliceJsonLiteral('x = {"a": [1, 2', 1)).toBeUndefined();
  });
});

describe('readAssignedJson', () => {
  it('parses the value assigned after a marker', () => {
    expect(readAssignedJson('window.__STATE__ = {"a": [1, {"b": "}"}]};', '__STATE__')).toEqual({ a: [1, { b: '}' }] });
  });

  it('gives undefined for a missing marker or invalid JSON (never evaluates code)', () => {
    expect(readAssignedJson('var a = 1;', '$render_data')).toBeUndefined();
    expect(readAssignedJson("var $render_data = [{status: alert('x')}];", '$render_data')).toBeUndefined();
  });
});
