'use client';

import { useEffect, useMemo, useState } from 'react';
import { InspectionScreenDocument, type InspectionScreenQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import { zoneShortName } from '../map/map-data';
import { InspectionMap, type MapFocus } from './inspection-map';
import { Scorecard } from './scorecard';

const PAPER_PADDING = { left: 40, right: 40, top: 40, bottom: 40 };

function Brief({ period, zoneCode }: { period: string; zoneCode: string }) {
  const { t, fmt, label, locale } = useLocale();
  const [data, setData] = useState<InspectionScreenQuery | null>(null);
  useEffect(() => {
    let live = true;
    request(InspectionScreenDocument, { period }).then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [period]);
  const zones = data?.zones ?? [];
  const index = zones.findIndex((z) => z.code === zoneCode);
  const zone = zones[index];
  const row = data?.inspectionRanking?.zones.find((z) => z.zoneCode === zoneCode);
  const focus: MapFocus | null = useMemo(
    () =>
      zone?.seat.type === 'Point'
        ? { featureId: index + 1, center: zone.seat.coordinates as [number, number] }
        : null,
    [zone, index],
  );
  const ranking = data?.inspectionRanking;
  return (
    <main className="zone-brief" data-state={data && zone && row ? 'ready' : 'loading'}>
      <header>
        <h1>
          {zone ? zoneShortName(zone, locale) : zoneCode} ·{' '}
          {t('inspection.title', {
            period: fmt.quarter(period),
            kind: ranking ? label('InspectionKind', ranking.kind as 'QUARTERLY') : '',
          })}
        </h1>
        <button type="button" onClick={() => window.print()}>
          {t('inspection.print')}
        </button>
      </header>
      <div className="paper-map">
        {focus ? <InspectionMap focus={focus} padding={PAPER_PADDING} animate={false} /> : null}
      </div>
      {row && zone ? <Scorecard row={row} name={zoneShortName(zone, locale)} /> : null}
      <p className="rules">{t('inspection.rules')}</p>
    </main>
  );
}

/** One zone's briefing for the meeting pack, laid out for A3 landscape paper. */
export function ZoneBrief({ period, zoneCode }: { period: string; zoneCode: string }) {
  return (
    <LocaleProvider locale="zh">
      <Brief period={period} zoneCode={zoneCode} />
    </LocaleProvider>
  );
}
