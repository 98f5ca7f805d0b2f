import type { Locale } from '../i18n/locale';
import { zoneShortName } from './map-data';

interface NamedZone {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

/** Levenshtein distance: how many single-character edits turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The zones a mistyped or stale link most likely meant, closest first: by edits to the code, the
 * short name in either language, or the full name.
 *
 * @example
 * nearestZones('taikan', zones)[0]?.code; // 'taikang'
 */
export function nearestZones<Z extends NamedZone>(text: string, zones: readonly Z[], count = 3): Z[] {
  const wanted = text.trim().toLowerCase();
  const distance = (zone: Z) => {
    const names = [zone.code, zone.name, ...(['zh', 'en'] as Locale[]).map((l) => zoneShortName(zone, l))];
    return Math.min(...names.map((n) => editDistance(wanted, n.toLowerCase())));
  };
  return zones
    .map((zone) => ({ zone, d: distance(zone) }))
    .sort((a, b) => a.d - b.d || a.zone.code.localeCompare(b.zone.code))
    .slice(0, count)
    .map((x) => x.zone);
}
