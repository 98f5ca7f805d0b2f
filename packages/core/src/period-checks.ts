import { PERIOD_FORMS, Period, type PeriodKind } from '@atlas/data';
import { badInput } from './errors';

const ROUND_FORMS = { zh: '2014Q3(季度)或 2014(年)', en: '2014Q3 (a quarter) or 2014 (a year)' } as const;

/**
 * A period as given, read by `Period.parse`; BAD_INPUT naming the text when it is no period, or a
 * kind of period the question cannot take (an inspection round is a quarter or a year).
 *
 * @example checkedPeriod('2014Q3').lastDay // '2014-09-30'; checkedPeriod('2014Q5') throws
 */
export function checkedPeriod(
  text: string,
  kinds: readonly PeriodKind[] = ['YEAR', 'QUARTER', 'MONTH'],
  field = 'period',
): Period {
  const period = Period.parse(text);
  if (period && kinds.includes(period.kind)) return period;
  const forms = kinds.includes('MONTH') ? PERIOD_FORMS : ROUND_FORMS;
  const shown = JSON.stringify(text);
  throw badInput(
    `期间格式应如 ${forms.zh},不是 ${shown} / ${field} must look like ${forms.en}, not ${shown}`,
    { field, value: text },
  );
}
