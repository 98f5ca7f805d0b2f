import { describe, expect, it } from 'vitest';
import { nearestZones } from './zone-lookup';

const zones = [
  { code: 'taikang', name: '太康县产业集聚区', nameEn: 'Taikang County Industrial Cluster District' },
  { code: 'fugou', name: '扶沟县产业集聚区', nameEn: 'Fugou County Industrial Cluster District' },
  {
    code: 'zhoukou_etdz',
    name: '周口经济技术开发区产业集聚区',
    nameEn: 'Zhoukou Economic and Technological Development Zone',
  },
  { code: 'xiangcheng', name: '项城市产业集聚区', nameEn: 'Xiangcheng City Industrial Cluster District' },
];

describe('the zone a bad link most likely meant', () => {
  it('finds a code with a letter missing or wrong', () => {
    expect(nearestZones('taikan', zones)[0]?.code).toBe('taikang');
    expect(nearestZones('xiangchen', zones)[0]?.code).toBe('xiangcheng');
  });

  it('finds a zone by the name people use for it', () => {
    expect(nearestZones('经开区', zones)[0]?.code).toBe('zhoukou_etdz');
    expect(nearestZones('太康县集聚区', zones)[0]?.code).toBe('taikang');
  });

  it('offers as many zones as asked, even for nonsense', () => {
    expect(nearestZones('xyz', zones, 3)).toHaveLength(3);
  });
});
