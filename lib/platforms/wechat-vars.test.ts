import { describe, expect, it } from 'vitest';
import { readScriptVar, readStringLiteral } from './wechat-vars';

describe('readScriptVar', () => {
  const code = [
    'var biz = "" || "MjM5ODAyNTcwMA==";',
    'var sn = "" || "" || "";',
    'var mid = "" || "" || "2651788393";',
    "var appmsgid = '' || '' || \"2247484727\";",
    'var svr_time = "1523112999" * 1;',
    'var comment_id = "2568409368" || "2568409368" * 1;',
    'var msg_desc = "◇“老赖”将被限制不动产交易\\x0a◇近5万游客周末逛东湖樱园";',
    'var nickname = htmlDecode("长江\\"日报\\"");',
    "var msg_title = '关于\\u97f3\\u4e50'.html(false);",
    'var copyright_stat = "0" * 1;',
    'var round = 3;',
    'var fn = function() { return 1; };',
    'window.var_mid = "not this";',
  ].join('\n');

  it('takes the first non-empty operand of a || chain, like JS', () => {
    expect(readScriptVar(code, 'biz')).toBe('MjM5ODAyNTcwMA==');
    expect(readScriptVar(code, 'mid')).toBe('2651788393');
    expect(readScriptVar(code, 'appmsgid')).toBe('2247484727');
    expect(readScriptVar(code, 'comment_id')).toBe('2568409368');
    expect(readScriptVar(code, 'sn')).toBe('');
  });

  it('decodes escapes and unwraps htmlDecode(…) / .html(false) / * 1', () => {
    expect(readScriptVar(code, 'msg_desc')).toBe('◇“老赖”将被限制不动产交易\n◇近5万游客周末逛东湖樱园');
    expect(readScriptVar(code, 'nickname')).toBe('长江"日报"');
    expect(readScriptVar(code, 'msg_title')).toBe('关于音乐');
    expect(readScriptVar(code, 'svr_time')).toBe('1523112999');
    expect(readScriptVar(code, 'copyright_stat')).toBe('0');
    expect(readScriptVar(code, 'round')).toBe('3');
  });

  it('is undefined for absent variables and non-literal values; never runs code', () => {
    expect(readScriptVar(code, 'ct')).toBeUndefined();
    expect(readScriptVar(code, 'fn')).toBeUndefined();
    expect(readScriptVar('var mid2 = "1";', 'mid')).toBeUndefined();
    expect(readScriptVar('var ct = "15229', 'ct')).toBeUndefined();
  });
});

describe('readStringLiteral', () => {
  it('stops at the closing quote and reports where it ended', () => {
    expect(readStringLiteral('x = "a\\"b" + 1', 4)).toEqual({ value: 'a"b', end: 10 });
    expect(readStringLiteral("'\\x4' ", 0)).toEqual({ value: 'x4', end: 5 });
  });

  it('refuses unterminated strings and strings broken by a newline', () => {
    expect(readStringLiteral('"abc', 0)).toBeUndefined();
    expect(readStringLiteral('"ab\ncd"', 0)).toBeUndefined();
    expect(readStringLiteral('abc', 0)).toBeUndefined();
  });
});
