import type { Movement } from '../graphql/generated/graphql';
import type { Locale } from '../i18n/locale';

const MARKS: Record<Movement, string | Record<Locale, string>> = {
  UP: '↑',
  DOWN: '↓',
  SAME: '=',
  NEW: { zh: '新', en: 'new' },
};

/** A rank's movement since the previous round as the room reads it: ↑ ↓ =, or 新 for a first ranking. */
export function movementMark(movement: Movement, locale: Locale): string {
  const mark = MARKS[movement];
  return typeof mark === 'string' ? mark : mark[locale];
}
