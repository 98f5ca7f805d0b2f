import { CAPACITY, type DecimalRule, LENGTH_KM, MONEY_YI, TEXT_LIMITS, type TextKind } from '@atlas/core';

/**
 * The rules core checks free text against, as a field's description, from the same constants so
 * the schema cannot drift from what is enforced.
 *
 * @example textRule('name') // 'At most 200 characters, trimmed; …'
 */
export function textRule(kind: TextKind, before = ''): string {
  const lines = kind === 'note' ? '; line feeds and tabs allowed' : '';
  return `${before}At most ${TEXT_LIMITS[kind]} characters, trimmed; no control or invisible characters (Unicode Cc, Cf, e.g. NUL, U+202E, U+200D${lines}): BAD_USER_INPUT naming the code point.`;
}

function decimalRule(rule: DecimalRule, before: string): string {
  const low = rule.minExclusive ? `above ${rule.min}` : `${rule.min}`;
  const max = rule.max.toLocaleString('en');
  return `${before}${low} to ${max}, at most ${rule.places} decimal place${rule.places === 1 ? '' : 's'}; more decimals, NaN, Infinity or out of range is BAD_USER_INPUT, never rounded.`;
}

export const MONEY_RULE = decimalRule(MONEY_YI, '亿元 (0.0001 is 1 万元): ');
export const LENGTH_RULE = decimalRule(LENGTH_KM, 'km: ');
export const CAPACITY_RULE = decimalRule(CAPACITY, 'In capacityUnit: ');
