import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smallestDistance } from './colour-vision';
import {
  CHOROPLETH_STOPS,
  RANKING_COLOURS,
  ROAD_COLOURS,
  ROAD_DASHES,
  STAR_LEVEL_COLOURS,
  STATUS_COLOURS,
  VOLTAGE_STYLE,
} from './palette';

/** Colours told apart at a glance: a CIEDE2000 distance over 15 for categories, 12 for a ramp. */
const CATEGORIES = 15;
const RAMP = 12;
const colours = (table: readonly (readonly [unknown, string, ...unknown[]])[]) => table.map((row) => row[1]);

describe('the palette under protanopia, deuteranopia and tritanopia (Machado 2009)', () => {
  const sets: [name: string, colours: string[], minimum: number][] = [
    ['road kinds', colours(ROAD_COLOURS), CATEGORIES],
    ['project stages', colours(STATUS_COLOURS), CATEGORIES],
    ['110 kV and 220 kV', VOLTAGE_STYLE.map(([, c]) => c), CATEGORIES],
    ['ranking top and bottom', Object.values(RANKING_COLOURS), CATEGORIES],
    ['choropleth stops', colours(CHOROPLETH_STOPS), CATEGORIES],
    ['star levels', colours(STAR_LEVEL_COLOURS), RAMP],
  ];
  for (const [name, set, minimum] of sets) {
    it(`keeps the ${name} apart`, () => {
      const worst = smallestDistance(set);
      expect(worst.distance, `${worst.pair.join(' vs ')} as seen with ${worst.seenBy}`).toBeGreaterThan(
        minimum,
      );
    });
  }

  it('would have caught the colours it replaces', () => {
    // The ranking's green and red, the 新开工 and 大中修 roads, and the two purples of 110 and 220 kV.
    for (const pair of [
      ['#22c55e', '#ef4444'],
      ['#e67700', '#5c940d'],
      ['#7048e8', '#5f3dc4'],
    ])
      expect(smallestDistance(pair).distance).toBeLessThan(CATEGORIES);
  });
});

describe('meaning never carried by colour alone', () => {
  it('gives every road kind its own dash', () => {
    const dashes = ROAD_DASHES.map(([, d]) => d.join());
    expect(new Set(dashes).size).toBe(ROAD_COLOURS.length);
    expect(ROAD_DASHES.map(([k]) => k)).toEqual(ROAD_COLOURS.map(([k]) => k));
  });

  it('draws 220 kV at least half as wide again as 110 kV', () => {
    const [low, high] = VOLTAGE_STYLE.map(([, , width]) => width);
    expect(high).toBeGreaterThanOrEqual((low ?? 0) * 1.5);
  });

  it('colours the inspection ranking from the palette', () => {
    const css = readFileSync(new URL('../inspection/inspection.css', import.meta.url), 'utf8');
    const rule = (selector: string) => css.slice(css.indexOf(`${selector} {`)).split('}')[0] ?? '';
    expect(rule('.ranking-board li.honour')).toContain(RANKING_COLOURS.honour);
    expect(rule('.ranking-board li.warning')).toContain(RANKING_COLOURS.warning);
  });
});
