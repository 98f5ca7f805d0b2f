import { describe, expect, it } from 'vitest';
import { inLocale, placeProblems } from './refusals';
import {
  draftOf,
  filledRows,
  inputOf,
  type ReportDraft,
  type ZoneProject,
  type ZoneWorks,
} from './report-draft';

const PROJECTS: ZoneProject[] = [
  { id: 'p1', name: '示例项目一', status: 'STARTED', totalWan: 50_000 },
  { id: 'p2', name: '示例项目二', status: 'SIGNED', totalWan: 8_000 },
];
const WORKS: ZoneWorks[] = [
  { kind: 'ROAD_LINK', entityId: 'r1', name: '示例道路' },
  { kind: 'RELOCATION_SITE', entityId: 's1', name: '示例村' },
];

const edit = (draft: ReportDraft, change: (d: ReportDraft) => Partial<ReportDraft>): ReportDraft => ({
  ...draft,
  ...change(draft),
});

describe('the report form', () => {
  it('starts with a row per project and works, empty', () => {
    const draft = draftOf(null, PROJECTS, WORKS);
    expect(draft.projects.map((p) => [p.name, p.investmentWan, p.status])).toEqual([
      ['示例项目一', '', ''],
      ['示例项目二', '', ''],
    ]);
    expect(draft.works.map((w) => w.name)).toEqual(['示例道路', '示例村']);
    expect(draft.nodes).toEqual([]);
  });

  it('fills from a saved draft, dropping lines of projects no longer in the zone', () => {
    const draft = draftOf(
      {
        fixedAssetInvestmentWan: 12_000,
        mainBusinessRevenueWan: null,
        note: null,
        projects: [
          { project: { id: 'p2' }, investmentWan: 300, status: 'STARTED', statusChangedOn: '2014-09-12' },
          { project: { id: 'gone' }, investmentWan: 1 },
        ],
        nodes: [{ project: { id: 'p2' }, node: 'STARTED', actualOn: '2014-09-12' }],
        works: [{ kind: 'RELOCATION_SITE', entityId: 's1', householdsMoved: 40 }],
      },
      PROJECTS,
      WORKS,
    );
    expect(draft.fixedAssetInvestmentWan).toBe('12000');
    expect(draft.mainBusinessRevenueWan).toBe('');
    expect(draft.projects[1]).toMatchObject({
      investmentWan: '300',
      status: 'STARTED',
      statusChangedOn: '2014-09-12',
    });
    expect(draft.projects.map((p) => p.projectId)).toEqual(['p1', 'p2']);
    expect(draft.nodes).toMatchObject([{ projectId: 'p2', node: 'STARTED', actualOn: '2014-09-12' }]);
    expect(draft.works[1]?.householdsMoved).toBe('40');
  });
});

describe('inputOf', () => {
  it('sends every project (an empty month as 0) and only the works written for', () => {
    const draft = edit(draftOf(null, PROJECTS, WORKS), (d) => ({
      fixedAssetInvestmentWan: '１２,０００',
      projects: [
        {
          ...(d.projects[0] as ReportDraft['projects'][0]),
          investmentWan: '1200.5',
          progressText: ' 主体封顶 ',
        },
        d.projects[1] as ReportDraft['projects'][0],
      ],
      works: [
        d.works[0] as ReportDraft['works'][0],
        { ...(d.works[1] as ReportDraft['works'][0]), householdsMoved: '40' },
      ],
    }));
    const { input, problems } = inputOf(draft, 'taikang', '2014-09', null);
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      zoneCode: 'taikang',
      month: '2014-09',
      version: null,
      fixedAssetInvestmentWan: 12_000,
    });
    expect(input.projects.map((p) => [p.projectId, p.investmentWan, p.progressText])).toEqual([
      ['p1', 1200.5, '主体封顶'],
      ['p2', 0, null],
    ]);
    expect(input.works).toEqual([
      expect.objectContaining({
        kind: 'RELOCATION_SITE',
        entityId: 's1',
        householdsMoved: 40,
        unitsStarted: null,
      }),
    ]);
  });

  it('names each field that is no number, and each half-filled node', () => {
    const draft = edit(draftOf(null, PROJECTS, WORKS), (d) => ({
      mainBusinessRevenueWan: '很多',
      projects: [
        { ...(d.projects[0] as ReportDraft['projects'][0]), investmentWan: '12万' },
        d.projects[1] as ReportDraft['projects'][0],
      ],
      works: [
        { ...(d.works[0] as ReportDraft['works'][0]), unitsStarted: '2.5' },
        d.works[1] as ReportDraft['works'][0],
      ],
      nodes: [{ key: 'n1', projectId: 'p1', node: '', actualOn: '2014-09-03' }],
    }));
    const { problems, input } = inputOf(draft, 'taikang', '2014-09', 2);
    expect(problems).toEqual([
      { row: 'project:p1', field: 'investmentWan', kind: 'notANumber' },
      { row: 'node:n1', field: 'node', kind: 'required' },
      { row: 'works:ROAD_LINK:r1', field: 'unitsStarted', kind: 'notANumber' },
      { row: 'zone', field: 'mainBusinessRevenueWan', kind: 'notANumber' },
    ]);
    expect(input.nodes).toEqual([]);
  });
});

describe('the API’s refusals on the form', () => {
  const draft = edit(draftOf(null, PROJECTS, WORKS), () => ({
    nodes: [{ key: 'n1', projectId: 'p2', node: 'STARTED', actualOn: '2014-10-02' }],
  }));
  const sent = { works: [{ kind: 'RELOCATION_SITE', entityId: 's1' }] };

  it('go beside the row and field they name', () => {
    const placed = placeProblems(
      [
        {
          row: '示例项目一',
          field: 'investmentWan',
          message: '「示例项目一」本月完成投资:不能为负 / "示例项目一" investmentWan: must not be negative',
        },
        { row: '示例项目二 开工 STARTED', field: 'actualOn', message: 'x' },
        { row: '示例村', field: 'householdsMoved', message: 'x' },
        { row: '园区合计 zone totals', field: 'fixedAssetInvestmentWan', message: 'x' },
        { row: 'works[0]', field: 'entityId', message: 'x' },
        { row: '别的项目', field: 'investmentWan', message: 'x' },
      ],
      draft,
      sent,
    );
    expect(placed.map((p) => [p.row, p.field])).toEqual([
      ['project:p1', 'investmentWan'],
      ['node:n1', 'actualOn'],
      ['works:RELOCATION_SITE:s1', 'householdsMoved'],
      ['zone', 'fixedAssetInvestmentWan'],
      ['works:RELOCATION_SITE:s1', 'entityId'],
      [null, 'investmentWan'],
    ]);
  });

  it('speak the reader’s language', () => {
    expect(inLocale('不能为负 / must not be negative', 'zh')).toBe('不能为负');
    expect(inLocale('不能为负 / must not be negative', 'en')).toBe('must not be negative');
    expect(inLocale('only one', 'en')).toBe('only one');
  });
});

describe('a report as read', () => {
  it('shows only the rows something was reported in', () => {
    const draft = draftOf(
      {
        projects: [
          { project: { id: 'p1' }, investmentWan: 0 },
          { project: { id: 'p2' }, investmentWan: 0, progressText: '主体封顶' },
        ],
        nodes: [],
        works: [{ kind: 'RELOCATION_SITE', entityId: 's1', householdsMoved: 0 }],
      },
      PROJECTS,
      WORKS,
    );
    const shown = filledRows(draft);
    expect(shown.projects.map((p) => p.projectId)).toEqual(['p2']);
    expect(shown.works.map((w) => w.entityId)).toEqual(['s1']);
  });
});
