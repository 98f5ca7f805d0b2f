/**
 * Every colour that carries meaning on the map, the legend and the inspection screen, in one place.
 * Each set is chosen to stay apart under protanopia, deuteranopia and tritanopia (checked in
 * `palette.test.ts` by simulation), and no meaning rides on colour alone: road kinds also differ by
 * dash, voltages by width, rankings by ▲▼ and words, choropleth zones by the percent printed on them.
 * The categorical sets follow Paul Tol's "vibrant" and "light" schemes and Okabe & Ito's.
 */

/** Star levels, lowest first: a light-to-dark ramp, so lightness alone orders them. */
export const STAR_LEVEL_COLOURS: [level: string, colour: string][] = [
  ['BELOW_THRESHOLD', '#f2c6b6'],
  ['THRESHOLD', '#f59e5b'],
  ['ONE_STAR', '#d9480f'],
  ['TWO_STAR', '#a61e4d'],
  ['THREE_STAR', '#5f1c7a'],
];

/** A project's stage, from planned to in production. */
export const STATUS_COLOURS: [status: string, colour: string][] = [
  ['PLANNED', '#bbbbbb'],
  ['SIGNED', '#99ddff'],
  ['STARTED', '#0077bb'],
  ['COMPLETED', '#ee8866'],
  ['IN_PRODUCTION', '#994455'],
];

/** Road works by kind; each kind also has its own dash (`ROAD_DASHES`). */
export const ROAD_COLOURS: [kind: string, colour: string][] = [
  ['RECONSTRUCTION_PREWORK', '#999999'],
  ['CONTINUED', '#ee7733'],
  ['NEW', '#0077bb'],
  ['REPAIR', '#33bbee'],
];

/** Road dashes by kind, in line widths: solid, long dash, dot-dash, short dash. */
export const ROAD_DASHES: [kind: string, dash: number[]][] = [
  ['RECONSTRUCTION_PREWORK', [2, 1]],
  ['CONTINUED', [1, 0]],
  ['NEW', [4, 1, 1, 1]],
  ['REPAIR', [1, 1]],
];

/** Grid works by voltage: the higher the voltage, the darker and much heavier the line. */
export const VOLTAGE_STYLE: [kv: number, colour: string, width: number][] = [
  [110, '#b39ddb', 2.5],
  [220, '#311b92', 5],
];

/** Percent of a target reached (a purple–orange diverging ramp); no actual yet is grey, never a guess. */
export const CHOROPLETH_STOPS: [percent: number, colour: string][] = [
  [0, '#b35806'],
  [50, '#f1a340'],
  [100, '#998ec3'],
  [150, '#542788'],
];
export const NO_DATA_COLOUR = '#ced4da';

/** The inspection ranking on its navy board: the top three and the bottom three. */
export const RANKING_COLOURS = { honour: '#56b4e9', warning: '#e69f00' } as const;

/** Relocation: a village's ring and a flow's gradient from village to community. */
export const RELOCATION_COLOURS = { village: '#087f5b', flowFrom: '#b2f2bb', flowTo: '#087f5b' } as const;

/** The symbols' badges. */
export const SYMBOL_COLOURS = {
  sewagePlant: '#1098ad',
  substation110: '#8e72d0',
  substation220: '#311b92',
  facility: '#e67700',
  community: '#087f5b',
} as const;
