'use client';

import { useMemo } from 'react';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import { zoneShortName } from '../map/map-data';
import { InspectionMap, type MapFocus } from './inspection-map';
import { LinkNotice, UnreachableNotice } from './link-notice';
import { RankingStatus } from './ranking-status';
import { Scorecard } from './scorecard';
import { useScreenData } from './use-screen-data';

const PAPER_PADDING = { left: 40, right: 40, top: 40, bottom: 40 };

function Brief({ period, zoneCode }: { period: string; zoneCode: string }) {
  const { t, fmt, label, locale } = useLocale();
  const { data, unreachable } = useScreenData(period);
  const zones = data?.zones ?? [];
  const index = zones.findIndex((z) => z.code === zoneCode);
  const zone = zones[index];
  const row = data?.inspectionRanking?.zones.find((z) => z.zoneCode === zoneCode);
  const focus: MapFocus | null = useMemo(
    () =>
      zone?.seat.type === 'Point'
        ? { zoneCode: zone.code, center: zone.seat.coordinates as [number, number] }
        : null,
    [zone, index],
  );
  const ranking = data?.inspectionRanking;
  return (
    <main
      className="zone-brief"
      data-state={
        data && !zone ? 'unknown-zone' : data && zone && row ? 'ready' : unreachable ? 'error' : 'loading'
      }
    >
      <header>
        <h1>
          {zone ? `${zoneShortName(zone, locale)} · ` : null}
          {t('inspection.title', {
            period: fmt.quarter(period),
            kind: ranking ? label('InspectionKind', ranking.kind as 'QUARTERLY') : '',
          })}
        </h1>
        <button type="button" onClick={() => window.print()}>
          {t('inspection.print')}
        </button>
      </header>
      {unreachable ? <UnreachableNotice>{t('inspection.unreachable')}</UnreachableNotice> : null}
      {data && !zone ? (
        <LinkNotice
          message={t('inspection.badZone', { zone: zoneCode })}
          choices={zones.map((z) => ({
            href: `/inspection/brief?period=${period}&zone=${z.code}`,
            label: zoneShortName(z, locale),
          }))}
        />
      ) : null}
      {ranking ? <RankingStatus ranking={ranking} /> : null}
      <div className="paper-map">
        {focus ? <InspectionMap focus={focus} padding={PAPER_PADDING} animate={false} /> : null}
      </div>
      {row && zone ? <Scorecard row={row} name={zoneShortName(zone, locale)} period={period} /> : null}
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
