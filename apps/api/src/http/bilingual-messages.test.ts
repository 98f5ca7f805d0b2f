import { describe, expect, it } from 'vitest';
import { bilingualMessage } from './bilingual-messages';

describe('bilingualMessage', () => {
  it('names the limits in Chinese and English, not as syntax errors', () => {
    const aliases = bilingualMessage('Syntax Error: Aliases limit of 15 exceeded, found 16.');
    expect(aliases).toBe('别名过多(16 个,上限 15)/ Aliases limit of 15 exceeded, found 16');
    expect(bilingualMessage('Syntax Error: Query depth limit of 12 exceeded, found 21.')).not.toMatch(
      /Syntax/,
    );
    expect(bilingualMessage('Syntax Error: Token limit of 5000 exceeded.')).toMatch(
      /^查询过长.*\/ Token limit/,
    );
  });

  it('puts Chinese before graphql-js’s validation messages and keeps the English', () => {
    expect(bilingualMessage('Cannot query field "nope" on type "Query".')).toBe(
      '类型 Query 没有字段 nope / Cannot query field "nope" on type "Query".',
    );
    expect(bilingualMessage('Syntax Error: Expected Name, found <EOF>.')).toMatch(
      /^查询语法错误 \/ Syntax Error/,
    );
    expect(bilingualMessage('Something new from graphql-js')).toBe(
      '请求无效 / Something new from graphql-js',
    );
  });

  it('leaves a message already in both languages as it is', () => {
    const ours = '查询过于复杂(代价 3,上限 2)/ Query cost 3 is over the limit of 2';
    expect(bilingualMessage(ours)).toBe(ours);
  });
});
