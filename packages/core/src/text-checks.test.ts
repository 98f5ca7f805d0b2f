import { describe, expect, it } from 'vitest';
import { AtlasError } from './errors';
import { checkedOptionalText, checkedText, containsPattern, TEXT_LIMITS } from './text-checks';

const refusal = (run: () => unknown): AtlasError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AtlasError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('checkedText', () => {
  it('trims and keeps everything else as sent, Chinese and spaces inside included', () => {
    expect(checkedText('  周口 经开区\u3000食品 ', 'name', 'name')).toBe('周口 经开区\u3000食品');
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['BEL', '\u0007', 'U+0007'],
    ['ESC', '\u001b', 'U+001B'],
    ['DEL', '\u007f', 'U+007F'],
    ['a right-to-left override', '\u202e', 'U+202E'],
    ['a zero-width joiner', '\u200d', 'U+200D'],
    ['a zero-width space', '\u200b', 'U+200B'],
    ['a line separator', '\u2028', 'U+2028'],
    ['an unpaired surrogate', '\ud800', 'U+D800'],
    ['a newline in a name', '\n', 'U+000A'],
  ])('refuses %s, naming the field and the code point', (_what, char, point) => {
    const error = refusal(() => checkedText(`周口${char}项目`, 'name', 'name'));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toContain(point);
    expect(error.message).toMatch(/^name .* \/ name /);
    expect(error.details).toEqual({ field: 'name', codePoint: point });
  });

  it('lets notes span lines and take tabs (CR LF becomes LF), but nothing else invisible', () => {
    expect(checkedText('第一行\r\n\t第二行', 'note', 'note')).toBe('第一行\n\t第二行');
    expect(refusal(() => checkedText('第一行\n\u202e第二行', 'note', 'note')).message).toContain('U+202E');
    expect(refusal(() => checkedText('a\u0000', 'note', 'note')).message).toContain('U+0000');
  });

  it('caps each kind in characters, not bytes: 200 Chinese characters make a name, 201 do not', () => {
    expect(checkedText('周'.repeat(TEXT_LIMITS.name), 'name', 'name')).toHaveLength(200);
    const error = refusal(() => checkedText('周'.repeat(201), 'name', 'name'));
    expect(error.message).toBe('name 不能超过 200 个字符 / name must be at most 200 characters');
    expect(refusal(() => checkedText('x'.repeat(1_900_000), 'citation', 'citation')).details).toEqual({
      field: 'citation',
      maxLength: 1_000,
    });
    expect(TEXT_LIMITS).toEqual({
      name: 200,
      code: 64,
      unit: 32,
      citation: 1_000,
      note: 2_000,
      pattern: 100,
    });
  });

  it('refuses blank text and passes absent text through', () => {
    expect(refusal(() => checkedText(' \t ', 'name', 'name')).message).toMatch(/must not be empty/);
    expect(checkedOptionalText(null, 'name', 'name')).toBeNull();
    expect(checkedOptionalText(undefined, 'name', 'name')).toBeUndefined();
  });
});

describe('containsPattern', () => {
  it('escapes LIKE’s wildcards and escape character, so they match themselves', () => {
    expect(containsPattern('100%', 'text')).toBe('%100\\%%');
    expect(containsPattern('a_b\\c', 'text')).toBe('%a\\_b\\\\c%');
  });

  it('refuses a pattern over 100 characters before any database sees it', () => {
    expect(containsPattern('x'.repeat(100), 'text')).toHaveLength(102);
    const started = performance.now();
    expect(refusal(() => containsPattern('%'.repeat(1_900_000), 'nameContains')).message).toBe(
      'nameContains 不能超过 100 个字符 / nameContains must be at most 100 characters',
    );
    expect(performance.now() - started).toBeLessThan(100);
  });
});
