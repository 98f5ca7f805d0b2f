import { describe, expect, it } from 'vitest';
import { tallyProjects, worksInZone } from './zone-figures';

const STAGES = ['PLANNED', 'SIGNED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION'] as const;
type Status = (typeof STAGES)[number];
const PLAN = { kind: 'PLAN_TEXT' };
const DEMO = { kind: 'DEMO' };

describe('tallyProjects', () => {
  it('counts and sums the projects, stage by stage in the stages’ order', () => {
    const projects: { status: Status; investmentYi: number; provenance: { kind: string } }[] = [
      { status: 'STARTED', investmentYi: 2, provenance: PLAN },
      { status: 'PLANNED', investmentYi: 1.5, provenance: PLAN },
      { status: 'STARTED', investmentYi: 3.25, provenance: PLAN },
    ];
    expect(tallyProjects(projects, STAGES)).toEqual({
      count: 3,
      investmentYi: 6.75,
      byStatus: [
        ['PLANNED', 1],
        ['STARTED', 2],
      ],
      demo: false,
    });
  });

  it('says when any project counted is demo data', () => {
    const projects = [
      { status: 'STARTED' as const, investmentYi: 2, provenance: PLAN },
      { status: 'SIGNED' as const, investmentYi: 1, provenance: DEMO },
    ];
    expect(tallyProjects<Status>(projects, STAGES).demo).toBe(true);
  });

  it('has nothing to show for a zone without projects', () => {
    expect(tallyProjects<Status>([], STAGES)).toEqual({
      count: 0,
      investmentYi: 0,
      byStatus: [],
      demo: false,
    });
  });
});

describe('worksInZone', () => {
  const lists = {
    roadLinks: [
      { zoneCode: 'taikang', kind: 'NEW', provenance: PLAN },
      { zoneCode: 'taikang', kind: 'REPAIR', provenance: PLAN },
      { zoneCode: 'taikang', kind: 'NEW', provenance: PLAN },
      { zoneCode: 'fugou', kind: 'NEW', provenance: DEMO },
      { zoneCode: null, kind: 'NEW', provenance: DEMO },
    ],
    gridProjects: [
      { zoneCode: 'taikang', kind: 'SUBSTATION', provenance: PLAN },
      { zoneCode: 'fugou', kind: 'LINE', provenance: DEMO },
    ],
    facilities: [
      { zoneCode: 'taikang', kind: 'SEWAGE_PLANT', name: '太康县第二污水处理厂', provenance: PLAN },
      { zoneCode: 'taikang', kind: 'INCUBATOR', name: '太康孵化器', provenance: PLAN },
      { zoneCode: 'fugou', kind: 'SEWAGE_PLANT', name: '扶沟县污水处理厂', provenance: PLAN },
    ],
    relocationSites: [
      { zoneCode: 'taikang', households: 120, provenance: PLAN },
      { zoneCode: 'taikang', households: 85, provenance: PLAN },
      { zoneCode: 'fugou', households: 300, provenance: DEMO },
    ],
  };

  it('counts only the works assigned to the zone, by kind', () => {
    expect(worksInZone(lists, 'taikang')).toEqual({
      roadLinks: [
        ['NEW', 2],
        ['REPAIR', 1],
      ],
      gridProjects: [['SUBSTATION', 1]],
      facilities: [
        { kind: 'SEWAGE_PLANT', names: ['太康县第二污水处理厂'] },
        { kind: 'INCUBATOR', names: ['太康孵化器'] },
      ],
      relocation: { sites: 2, households: 205 },
      // Demo records of other zones do not mark this one.
      demo: false,
    });
  });

  it('says when any of the zone’s works is demo data', () => {
    expect(worksInZone(lists, 'fugou').demo).toBe(true);
  });

  it('finds nothing for a zone with no works assigned', () => {
    expect(worksInZone(lists, 'luyi')).toEqual({
      roadLinks: [],
      gridProjects: [],
      facilities: [],
      relocation: { sites: 0, households: 0 },
      demo: false,
    });
  });
});
