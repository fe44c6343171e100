/**
 * A lever's value as the workbench shows it beside its slider, from its row's unit: a scale or a
 * share as a percentage (« 120 % »), a change of years with its sign (« +1 »), years as a
 * duration (« 2,3 ans »), a count, euros.
 *
 * @example leverShown('cs', 1.2, 'fr') // "120 %"; leverShown('sd', 1, 'fr') // "+1"
 */
import { formatEuros, formatInt, formatNumber, formatPercent, type Lang } from '../i18n/format.ts';
import { plural } from '../i18n/lang.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { LEVERS, type LeverKey, type LeverRow } from '../state/levers.ts';

export function leverShown(key: LeverKey, value: number, lang: Lang): string {
  const row: LeverRow = LEVERS[key];
  const m = MESSAGES[lang].workbench;
  if (row.kind !== 'number') return String(value);
  switch (row.unit) {
    case 'scale':
    case 'share':
      return formatPercent(value, lang);
    case 'years':
      return row.signed
        ? `${value > 0 ? '+' : ''}${formatNumber(value, lang, 1)}`
        : fill(m.leadValue, {
            years: formatNumber(value, lang, 1),
            unit: plural(value, lang, m.leadUnit)
          });
    case 'count':
      return formatInt(value, lang);
    case 'eur':
      return formatEuros(value, lang);
  }
}
