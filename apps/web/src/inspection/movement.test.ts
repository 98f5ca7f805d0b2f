import { describe, expect, it } from 'vitest';
import { movementMark } from './movement';

describe('a rank’s movement on the board', () => {
  it('reads the same in both languages, except a first ranking', () => {
    expect(movementMark('UP', 'zh')).toBe('↑');
    expect(movementMark('DOWN', 'en')).toBe('↓');
    expect(movementMark('SAME', 'zh')).toBe('=');
    expect(movementMark('NEW', 'zh')).toBe('新');
    expect(movementMark('NEW', 'en')).toBe('new');
  });
});
