import { describe, expect, it } from 'vitest';
import { lineProblems, recordProblems } from './check-report';
import type { ReportFacts } from './report-facts';
import type { ReportLines } from './report-lines';

const facts: ReportFacts = {
  projects: new Map([
    [
      'p1',
      {
        name: '示例项目001',
        totalWan: 10_000,
        status: 'STARTED',
        lastStatusOn: '2014-05-10',
        acceptedBeforeWan: 9_000,
        reached: new Map([
          ['SIGNED', '2014-01-05'],
          ['STARTED', '2014-05-10'],
        ]),
      },
    ],
  ]),
  works: new Map([
    [
      'RELOCATION_SITE:s1',
      {
        name: '示例村01',
        households: 100,
        unitsPlanned: 50,
        unitsStarted: 20,
        unitsCompleted: 10,
        lastAcceptedPercent: 30,
      },
    ],
  ]),
};

const lines = (more: Partial<ReportLines>): ReportLines => ({ projects: [], nodes: [], works: [], ...more });
const rows = (problems: { row: string; field: string }[]) => problems.map((p) => `${p.row}|${p.field}`);

describe('checking a report', () => {
  it('passes a sound month', () => {
    const sound = lines({
      projects: [
        { projectId: 'p1', investmentWan: 1_000, status: 'COMPLETED', statusChangedOn: '2014-09-28' },
      ],
      nodes: [{ projectId: 'p1', node: 'COMPLETED', actualOn: '2014-09-28' }],
      works: [
        {
          kind: 'RELOCATION_SITE',
          entityId: 's1',
          progressPercent: 30,
          unitsStarted: 50,
          householdsMoved: 100,
        },
      ],
    });
    expect(lineProblems('2014-09', {}, sound, facts)).toEqual([]);
    expect(recordProblems(sound, facts)).toEqual([]);
  });

  it('allows the cumulative past the total only with a reason', () => {
    const over = lines({ projects: [{ projectId: 'p1', investmentWan: 1_000.01 }] });
    expect(rows(recordProblems(over, facts))).toEqual(['示例项目001|overTotalReason']);
    expect(
      recordProblems(
        lines({ projects: [{ projectId: 'p1', investmentWan: 1_000.01, overTotalReason: '追加投资' }] }),
        facts,
      ),
    ).toEqual([]);
  });

  it('keeps nodes in order with those already reached, and never re-dates one', () => {
    const early = lines({ nodes: [{ projectId: 'p1', node: 'LAND', actualOn: '2014-09-02' }] });
    // LAND comes before STARTED (reached 10 May), so 2 September is after a later node.
    expect(recordProblems(early, facts).map((p) => p.message)).toEqual([
      '「示例项目001 用地 LAND」节点实际日期:晚于后一节点 开工(2014-05-10) / "示例项目001 用地 LAND" actualOn: is after the later node STARTED (2014-05-10)',
    ]);
    const again = lines({ nodes: [{ projectId: 'p1', node: 'SIGNED', actualOn: '2014-09-02' }] });
    expect(rows(recordProblems(again, facts))).toEqual(['示例项目001 签约 SIGNED|node']);
  });

  it('refuses progress going back, units past the plan and completed past started', () => {
    const back = lines({
      works: [
        {
          kind: 'RELOCATION_SITE',
          entityId: 's1',
          progressPercent: 29.5,
          unitsStarted: 51,
          unitsCompleted: 5,
        },
      ],
    });
    expect(rows(recordProblems(back, facts))).toEqual(['示例村01|progressPercent', '示例村01|unitsStarted']);
    // Only completed is sent: it is judged against the 20 started already recorded.
    const completed = lines({ works: [{ kind: 'RELOCATION_SITE', entityId: 's1', unitsCompleted: 21 }] });
    expect(rows(recordProblems(completed, facts))).toEqual(['示例村01|unitsCompleted']);
  });

  it('refuses a line twice, dates outside the month and status without its date', () => {
    const bad = lines({
      projects: [
        { projectId: 'p1', investmentWan: 1, status: 'COMPLETED' },
        { projectId: 'p1', investmentWan: 1 },
      ],
      nodes: [{ projectId: 'p1', node: 'COMPLETED', actualOn: '2014-08-31' }],
    });
    expect(rows(lineProblems('2014-09', { fixedAssetInvestmentWan: -1 }, bad, facts))).toEqual([
      '园区合计 zone totals|fixedAssetInvestmentWan',
      '示例项目001|statusChangedOn',
      '示例项目001|projectId',
      '示例项目001 竣工 COMPLETED|actualOn',
    ]);
  });
});
