import { describe, expect, it } from 'vitest';
import { zoneShortName } from './map-data';

describe('a zone’s short name, for labels and table rows', () => {
  const taikang = { name: '太康县产业集聚区', nameEn: 'Taikang County Industrial Cluster District' };
  const etdz = {
    name: '周口经济技术开发区产业集聚区',
    nameEn: 'Zhoukou Economic and Technological Development Zone',
  };

  it('names the zone, not its county, in both languages', () => {
    expect(zoneShortName(taikang, 'zh')).toBe('太康县集聚区');
    expect(zoneShortName(taikang, 'en')).toBe('Taikang zone');
    expect(
      zoneShortName(
        { name: '项城市产业集聚区', nameEn: 'Xiangcheng City Industrial Cluster District' },
        'en',
      ),
    ).toBe('Xiangcheng zone');
  });

  it('shortens the development zone to ETDZ', () => {
    expect(zoneShortName(etdz, 'en')).toBe('Zhoukou ETDZ');
    expect(zoneShortName(etdz, 'zh')).toBe('周口经开区');
  });
});
