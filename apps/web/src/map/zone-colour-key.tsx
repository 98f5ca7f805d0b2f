import { useLocale } from '../i18n/locale-context';
import { DemoBadge } from './detail-panel';
import { PROGRESS_COLOURS, RANK_STOPS } from './layers/zones';
import { NO_DATA_COLOUR } from './style';
import type { MapOverlays } from './use-map-overlays';
import { thresholdKeys } from './zone-colouring';

function Swatch({ colour, text, flag }: { colour: string; text: string; flag?: string }) {
  return (
    <span className="key" data-flag={flag}>
      <span className="swatch box" style={{ ['--c' as string]: colour }} />
      {text}
    </span>
  );
}

/**
 * The zones' key when they are coloured by time progress (each flag with the range of points the
 * API's thresholds give it) or by a round's rank; with where the figures come from, and the demo
 * mark when demo rows stand behind them.
 */
export function ZoneColourKey({ overlays, round }: { overlays: MapOverlays; round: string | null }) {
  const { t, label, locale, fmt } = useLocale();
  if (overlays.progress) {
    const rows = overlays.progress.zoneTimeProgress;
    const sources = [...new Set(rows.map((r) => r.source).filter((s) => s !== null && s !== undefined))];
    return (
      <div data-key="progress">
        <span className="key-title">
          {t('colourBy.progressTitle')}
          {rows.some((r) => r.demo) ? (
            <>
              {' '}
              <DemoBadge />
            </>
          ) : null}
        </span>
        {thresholdKeys(overlays.progress.timeProgressThresholds, locale).map((k) => (
          <Swatch
            key={k.flag}
            flag={k.flag}
            colour={PROGRESS_COLOURS.find(([f]) => f === k.flag)?.[1] ?? NO_DATA_COLOUR}
            text={`${label('TimeProgressFlag', k.flag as 'GREEN')} ${k.range}`}
          />
        ))}
        <Swatch colour={NO_DATA_COLOUR} text={t('colourBy.noFigure')} />
        {sources.length > 0 ? (
          <div className="key" data-source>
            {t('colourBy.source', {
              source: sources.map((s) => label('SourceKind', s)).join(t('common.listSeparator')),
            })}
          </div>
        ) : null}
      </div>
    );
  }
  if (overlays.ranking && round) {
    return (
      <div data-key="rank">
        <span className="key-title">
          {t('colourBy.rankTitle', { round: fmt.quarter(round) })}
          {overlays.ranking.provenance.kind === 'DEMO' ? (
            <>
              {' '}
              <DemoBadge />
            </>
          ) : null}
        </span>
        {RANK_STOPS.map(([rank, colour]) => (
          <Swatch key={rank} colour={colour} text={locale === 'en' ? `Rank ${rank}` : `第${rank}名`} />
        ))}
        <Swatch colour={NO_DATA_COLOUR} text={t('colourBy.noFigure')} />
      </div>
    );
  }
  return null;
}
