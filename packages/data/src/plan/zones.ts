import { approximated, fromPlan, fromPublicSource, type Provenance } from '../provenance';
import type { StarAim, StarLevel } from './star-level';

export interface ZoneFootprintBasis {
  /** Planned area in km², when a source publishes it. */
  readonly areaKm2: number | null;
  readonly areaSource: string | null;
  /** Side of the county seat in compass degrees, when a source publishes it. */
  readonly bearing: number | null;
  readonly bearingSource: string | null;
}

export interface ZoneFact {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly countyAdcode: string;
  readonly starLevel2014: StarLevel;
  readonly aim2014: StarAim;
  /** 力争 / 争取: the aim is one to strive for rather than a firm commitment. */
  readonly aimStrive: boolean;
  readonly footprint: ZoneFootprintBasis;
  readonly provenance: Provenance;
}

const STAR_SECTION = fromPlan('§一(二) 晋位升级');
const unknownFootprint: ZoneFootprintBasis = {
  areaKm2: null,
  areaSource: null,
  bearing: null,
  bearingSource: null,
};

/** The ten 产业集聚区 of the plan, with their 2014 levels and aims. 鹿邑县 has none (it reported to the province). */
export const ZONES: readonly ZoneFact[] = [
  {
    code: 'zhoukou-etdz',
    name: '周口经济技术开发区产业集聚区',
    nameEn: 'Zhoukou Economic and Technological Development Zone',
    countyAdcode: '411602',
    starLevel2014: 'ONE_STAR',
    aim2014: 'RAISE_FURTHER',
    aimStrive: false,
    footprint: {
      ...unknownFootprint,
      bearing: 180,
      bearingSource: 'south of the city (local government page)',
    },
    provenance: STAR_SECTION,
  },
  {
    code: 'xiangcheng',
    name: '项城市产业集聚区',
    nameEn: 'Xiangcheng City Industrial Cluster District',
    countyAdcode: '411681',
    starLevel2014: 'ONE_STAR',
    aim2014: 'RAISE_FURTHER',
    aimStrive: false,
    footprint: {
      ...unknownFootprint,
      areaKm2: 13,
      areaSource: 'planned area 13 km² (local page, about 2009)',
    },
    provenance: STAR_SECTION,
  },
  {
    code: 'fugou',
    name: '扶沟县产业集聚区',
    nameEn: 'Fugou County Industrial Cluster District',
    countyAdcode: '411621',
    starLevel2014: 'ONE_STAR',
    aim2014: 'RAISE_FURTHER',
    aimStrive: false,
    footprint: { ...unknownFootprint, areaKm2: 10.57, areaSource: 'planned area 10.57 km² (wiki page)' },
    provenance: STAR_SECTION,
  },
  {
    code: 'dancheng',
    name: '郸城县产业集聚区',
    nameEn: 'Dancheng County Industrial Cluster District',
    countyAdcode: '411625',
    starLevel2014: 'ONE_STAR',
    aim2014: 'RAISE_FURTHER',
    aimStrive: false,
    footprint: unknownFootprint,
    provenance: STAR_SECTION,
  },
  {
    code: 'shenqiu',
    name: '沈丘县产业集聚区',
    nameEn: 'Shenqiu County Industrial Cluster District',
    countyAdcode: '411624',
    starLevel2014: 'ONE_STAR',
    aim2014: 'RAISE_FURTHER',
    aimStrive: false,
    footprint: unknownFootprint,
    provenance: STAR_SECTION,
  },
  {
    code: 'huaiyang',
    name: '淮阳县产业集聚区',
    nameEn: 'Huaiyang County Industrial Cluster District',
    countyAdcode: '411626',
    starLevel2014: 'THRESHOLD',
    aim2014: 'CLEAR_PROGRESS_TO_PROMOTION',
    aimStrive: false,
    footprint: unknownFootprint,
    provenance: STAR_SECTION,
  },
  {
    code: 'xihua',
    name: '西华县产业集聚区',
    nameEn: 'Xihua County Industrial Cluster District',
    countyAdcode: '411622',
    starLevel2014: 'THRESHOLD',
    aim2014: 'CLEAR_PROGRESS_TO_PROMOTION',
    aimStrive: false,
    footprint: unknownFootprint,
    provenance: STAR_SECTION,
  },
  {
    code: 'taikang',
    name: '太康县产业集聚区',
    nameEn: 'Taikang County Industrial Cluster District',
    countyAdcode: '411627',
    starLevel2014: 'THRESHOLD',
    aim2014: 'CLEAR_PROGRESS_TO_PROMOTION',
    aimStrive: false,
    footprint: {
      areaKm2: 12.5,
      areaSource: '12.5 km² in all (中国台湾网 2011-09-19)',
      bearing: 225,
      bearingSource: 'south-west of the county seat (中国台湾网 2011-09-19)',
    },
    provenance: STAR_SECTION,
  },
  {
    code: 'shangshui',
    name: '商水县产业集聚区',
    nameEn: 'Shangshui County Industrial Cluster District',
    countyAdcode: '411623',
    starLevel2014: 'THRESHOLD',
    aim2014: 'CLEAR_PROGRESS_TO_PROMOTION',
    aimStrive: false,
    footprint: unknownFootprint,
    provenance: STAR_SECTION,
  },
  {
    code: 'chuanhui',
    name: '川汇区产业集聚区',
    nameEn: 'Chuanhui District Industrial Cluster District',
    countyAdcode: '411602',
    starLevel2014: 'BELOW_THRESHOLD',
    aim2014: 'REACH_THRESHOLD',
    aimStrive: true,
    footprint: unknownFootprint,
    provenance: STAR_SECTION,
  },
];

/** Star levels after 2014 that a public source states; the plan itself gives only 2014's. */
export const LATER_STAR_LEVELS: readonly {
  zoneCode: string;
  year: number;
  level: StarLevel;
  provenance: Provenance;
}[] = [
  {
    zoneCode: 'shenqiu',
    year: 2015,
    level: 'TWO_STAR',
    provenance: fromPublicSource('周口日报 2015-04-17: promoted to two-star for 2014, announced April 2015'),
  },
];

/** Looks a zone up by code; throws on an unknown code so a typo in the data fails loudly. */
export function zoneByCode(code: string): ZoneFact {
  const zone = ZONES.find((z) => z.code === code);
  if (!zone) throw new Error(`unknown zone code ${code}`);
  return zone;
}

/** Other names a zone goes by, with where each list comes from; search finds a zone by any of them. */
export interface ZoneAliases {
  readonly names: readonly string[];
  readonly provenance: Provenance;
}

/** The plan names the zones by their places in §一(二): 周口经济技术开发区、项城市、扶沟县… */
const PLAN_NAMES = fromPlan('§一(二) 晋位升级');
/** How planners and the press shorten the names; a convention, not a published list. */
const SHORT_FORMS = approximated('常用简称 / common short forms of the official names');

const aliasesOf = (place: string, short: readonly string[]): readonly ZoneAliases[] => [
  { names: [place], provenance: PLAN_NAMES },
  { names: short, provenance: SHORT_FORMS },
];

/** Each zone's other names, by zone code. */
export const ZONE_ALIASES: Readonly<Record<string, readonly ZoneAliases[]>> = {
  'zhoukou-etdz': aliasesOf('周口经济技术开发区', ['经开区', '周口经开区', '开发区', '经济技术开发区']),
  xiangcheng: aliasesOf('项城市', ['项城集聚区', '项城产业集聚区']),
  fugou: aliasesOf('扶沟县', ['扶沟集聚区', '扶沟产业集聚区']),
  dancheng: aliasesOf('郸城县', ['郸城集聚区', '郸城产业集聚区']),
  shenqiu: aliasesOf('沈丘县', ['沈丘集聚区', '沈丘产业集聚区']),
  huaiyang: aliasesOf('淮阳县', ['淮阳集聚区', '淮阳产业集聚区']),
  xihua: aliasesOf('西华县', ['西华集聚区', '西华产业集聚区']),
  taikang: aliasesOf('太康县', ['太康集聚区', '太康产业集聚区']),
  shangshui: aliasesOf('商水县', ['商水集聚区', '商水产业集聚区']),
  chuanhui: aliasesOf('川汇区', ['川汇集聚区', '川汇产业集聚区']),
};

/** Every other name of a zone, whatever its source. */
export const zoneAliasNames = (code: string): readonly string[] =>
  (ZONE_ALIASES[code] ?? []).flatMap((a) => a.names);
