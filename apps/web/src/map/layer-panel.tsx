import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale-context';
import { DemoBadge } from './detail-panel';
import {
  CHOROPLETH_STOPS,
  NO_DATA_COLOUR,
  ROAD_COLOURS,
  STAR_LEVEL_COLOURS,
  STATUS_COLOURS,
  SWITCHABLE_LAYERS,
  VOLTAGE_STYLE,
} from './style';

type Swatch = { colour: string; shape: 'box' | 'dot' | 'line' | 'dash' | 'ring'; text: string };

function Key({ colour, shape, text }: Swatch) {
  return (
    <span className="key">
      <span className={`swatch ${shape}`} style={{ ['--c' as string]: colour }} />
      {text}
    </span>
  );
}

interface LayerPanelProps {
  visible: Record<string, boolean>;
  onToggle: (id: string) => void;
  /** The label of the target the zones are coloured by, or null for star levels. */
  choropleth: string | null;
  /**
   * Whether demo rows stand behind the choropleth's percentages (the chosen target's actualSource).
   * Marked unless the map says otherwise: demo percentages must never pass for the plan's.
   */
  choroplethDemo?: boolean;
  /** The zones' key when they are coloured by time progress or rank (`ZoneColourKey`), over the rest. */
  zoneKey?: ReactNode;
}

/** The late works' key, under each kind of works that can be late. */
function LateKey() {
  const { t } = useLocale();
  return <Key colour="#c92a2a" shape="dash" text={t('works.lateKey')} />;
}

/**
 * The layer switcher and the legend in one: each layer a leader can turn on or off shows, right
 * under it, what its colours and symbols mean. Large targets for a finger on a tablet.
 */
export function LayerPanel({ visible, onToggle, choropleth, choroplethDemo, zoneKey }: LayerPanelProps) {
  const { t, label, fmt } = useLocale();
  const keys: Record<string, ReactNode> = {
    zones: zoneKey ? (
      zoneKey
    ) : choropleth ? (
      <>
        <span className="key-title">
          {t('choropleth.percentReached')} · {choropleth}
          {choroplethDemo === false ? null : (
            <>
              {' '}
              <DemoBadge />
            </>
          )}
        </span>
        {CHOROPLETH_STOPS.map(([percent, colour]) => (
          <Key
            key={percent}
            colour={colour}
            shape="box"
            text={`${fmt.percent(percent)}${percent === 150 ? '+' : ''}`}
          />
        ))}
        <Key colour={NO_DATA_COLOUR} shape="box" text={t('common.noData')} />
      </>
    ) : (
      STAR_LEVEL_COLOURS.slice(0, 3).map(([level, colour]) => (
        <Key key={level} colour={colour} shape="box" text={label('StarLevel', level as 'THRESHOLD')} />
      ))
    ),
    projects: (
      <>
        {STATUS_COLOURS.map(([status, colour]) => (
          <Key key={status} colour={colour} shape="dot" text={label('ProjectStatus', status as 'PLANNED')} />
        ))}
        <Key colour="#1c7ed6" shape="dot" text={t('legend.projectBubble')} />
      </>
    ),
    roads: ROAD_COLOURS.map(([kind, colour]) => (
      <Key
        key={kind}
        colour={colour}
        shape={kind === 'RECONSTRUCTION_PREWORK' ? 'dash' : 'line'}
        text={label('RoadLinkKind', kind as 'NEW')}
      />
    )).concat(<LateKey key="late" />),
    grid: (
      <>
        {VOLTAGE_STYLE.map(([kv, colour]) => (
          <Key key={kv} colour={colour} shape="line" text={fmt.kv(kv)} />
        ))}
        <Key colour="#7048e8" shape="dash" text={label('WorksStatus', 'NEW')} />
        <span className="key">
          <span className="icon substation" />
          {label('GridProjectKind', 'SUBSTATION')}
        </span>
        <LateKey />
      </>
    ),
    facilities: (
      <>
        <span className="key">
          <span className="icon sewage" />
          {label('FacilityKind', 'SEWAGE_PLANT')}
        </span>
        <span className="key">
          <span className="icon facility" />
          {t('legend.otherFacility')}
        </span>
        <LateKey />
      </>
    ),
    relocation: (
      <>
        <Key colour="#087f5b" shape="ring" text={t('legend.village')} />
        <span className="key">
          <span className="icon community" />
          {t('relocation.community')}
        </span>
        <Key colour="#087f5b" shape="line" text={t('legend.relocationFlow')} />
        <span className="key">{t('works.householdsKey')}</span>
        <LateKey />
      </>
    ),
  };
  return (
    <fieldset className="atlas-layers" aria-label={t('legend.label')}>
      <legend>{t('layer.switcher')}</legend>
      {SWITCHABLE_LAYERS.map((layer) => (
        <div key={layer.id} className="layer">
          <label>
            <input
              type="checkbox"
              data-layer={layer.id}
              checked={visible[layer.id] ?? true}
              onChange={() => onToggle(layer.id)}
            />
            {t(`layer.${layer.id}` as 'layer.zones')}
          </label>
          {keys[layer.id] && visible[layer.id] !== false ? (
            <div className="keys">{keys[layer.id]}</div>
          ) : null}
        </div>
      ))}
      <p className="note">
        <span className="badge approximate">{t('badge.approximate')}</span> {t('legend.approximateNote')}
        <br />
        <span className="badge demo">{t('badge.demo')}</span> {t('legend.demoNote')}
      </p>
    </fieldset>
  );
}
