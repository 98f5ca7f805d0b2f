import {
  type LeaderBody,
  PROJECT_NODES,
  type ProblemStatus,
  type ProjectNode,
} from '../plan/reporting-vocabulary';
import type { ProjectStatus } from '../plan/vocabulary';
import { ZONES } from '../plan/zones';
import { demo, type Provenance } from '../provenance';
import type { DemoRandom } from './random';
import type { ProjectRecord } from './records';

/**
 * How the demo ledger was made: every figure here is generated, and the citation says how, so no
 * screen can show it as a zone's plan or a real leader.
 */
export const DEMO_LEDGER_PROVENANCE: Provenance = demo(
  'Demo ledger generated deterministically (seed 20140722+1): 2014 plans as a share of each demo project’s investment, node dates around its status history, invented leaders, units and problems; not real.',
);

/** The plan's own mark for a project that must have one leader answering for it (§三(三)). */
export const LEADER_REQUIRED_FROM_YI = 10;

export interface DemoAnnualPlan {
  readonly projectCode: string;
  readonly year: number;
  readonly plannedWan: number;
}

export interface DemoResponsible {
  readonly projectCode: string;
  readonly leaderName: string;
  readonly leaderTitle: string;
  readonly leaderBody: LeaderBody;
  readonly responsibleUnit: string;
}

export interface DemoNode {
  readonly projectCode: string;
  readonly node: ProjectNode;
  readonly plannedOn: string;
  readonly actualOn: string | null;
}

export interface DemoProblem {
  readonly projectCode: string;
  readonly zoneCode: string;
  readonly description: string;
  readonly responsibleUnit: string;
  readonly dueOn: string;
  readonly status: ProblemStatus;
  readonly raisedAt: string;
  readonly closingNote: string | null;
}

export interface DemoLedger {
  readonly annualPlans: readonly DemoAnnualPlan[];
  readonly responsibles: readonly DemoResponsible[];
  readonly nodes: readonly DemoNode[];
  readonly problems: readonly DemoProblem[];
  readonly provenance: Provenance;
}

const LEADER_TITLES: Record<LeaderBody, string> = {
  PARTY_COMMITTEE: '市委常委(示例)',
  PEOPLES_CONGRESS: '市人大常委会副主任(示例)',
  GOVERNMENT: '副市长(示例)',
  CPPCC: '市政协副主席(示例)',
};
const BODIES = Object.keys(LEADER_TITLES) as LeaderBody[];

const PROBLEMS = [
  ['土地指标未落实(示例)', '示例市国土资源局'],
  ['环评审批滞后(示例)', '示例市环保局'],
  ['配套电力未接入(示例)', '示例供电公司'],
  ['建设资金未到位(示例)', '示例市财政局'],
  ['征地拆迁未完成(示例)', '示例县人民政府'],
  ['施工许可待办(示例)', '示例市住房和城乡建设局'],
] as const;

const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) =>
  day(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));
const zoneName = (code: string) => ZONES.find((z) => z.code === code)?.name ?? code;

/** The node a project status corresponds to; the permits between SIGNED and STARTED have none. */
const NODE_OF_STATUS: Partial<Record<ProjectStatus, ProjectNode>> = {
  SIGNED: 'SIGNED',
  STARTED: 'STARTED',
  COMPLETED: 'COMPLETED',
  IN_PRODUCTION: 'IN_PRODUCTION',
};

/** What share of its whole investment a project plans for 2014, by how far it had got. */
function annualShare(status: ProjectStatus, rng: DemoRandom): number {
  if (status === 'PLANNED') return rng.between(0.05, 0.2);
  if (status === 'SIGNED') return rng.between(0.15, 0.35);
  return rng.between(0.3, 0.65);
}

/**
 * Node dates that agree with the status history: a reached status's node is actual on the
 * history's date (planned a little earlier or later); the permits fall between signing and start;
 * nodes not reached are planned ahead, some before the year's end so they show as overdue.
 */
function demoNodes(p: ProjectRecord, rng: DemoRandom): DemoNode[] {
  const reached = new Map<ProjectNode, string>();
  for (const h of p.history) {
    const node = NODE_OF_STATUS[h.status];
    if (node) reached.set(node, h.on);
  }
  const signed = reached.get('SIGNED');
  const started = reached.get('STARTED');
  if (signed && started) {
    const span = Math.max(4, (Date.parse(started) - Date.parse(signed)) / 86_400_000);
    (['FILED', 'LAND', 'PLANNING_PERMIT', 'CONSTRUCTION_PERMIT'] as const).forEach((node, i) => {
      reached.set(node, addDays(signed, Math.floor((span * (i + 1)) / 5)));
    });
  }
  let cursor = p.history[p.history.length - 1]?.on ?? '2014-01-15';
  // Planned days never go back from one node to the next, as the ledger's writes require.
  let lastPlanned = '';
  return PROJECT_NODES.map((node) => {
    const actualOn = reached.get(node) ?? null;
    if (!actualOn) cursor = addDays(cursor, rng.int(30, 110));
    const drawn = actualOn ? addDays(actualOn, rng.int(-20, 15)) : cursor;
    lastPlanned = drawn > lastPlanned ? drawn : lastPlanned;
    return { projectCode: p.code, node, plannedOn: lastPlanned, actualOn };
  });
}

function demoResponsible(p: ProjectRecord, i: number, rng: DemoRandom): DemoResponsible {
  const body = BODIES[i % BODIES.length] as LeaderBody;
  return {
    projectCode: p.code,
    leaderName: `示例领导${String(rng.int(1, 40)).padStart(2, '0')}`,
    leaderTitle: LEADER_TITLES[body],
    leaderBody: body,
    responsibleUnit: `${zoneName(p.zoneCode)}管委会(示例)`,
  };
}

function demoProblems(projects: readonly ProjectRecord[], rng: DemoRandom): DemoProblem[] {
  const statuses: ProblemStatus[] = [
    'OPEN',
    'OPEN',
    'ASSIGNED',
    'ASSIGNED',
    'CLOSED',
    'CLOSED',
    'OPEN',
    'ASSIGNED',
  ];
  return statuses.map((status, i) => {
    const p = projects[(i * 23 + 7) % projects.length] as ProjectRecord;
    const [description, responsibleUnit] = PROBLEMS[i % PROBLEMS.length] as (typeof PROBLEMS)[number];
    const raisedAt = day(new Date(Date.UTC(2014, rng.int(6, 9), rng.int(1, 28))));
    return {
      projectCode: p.code,
      zoneCode: p.zoneCode,
      description,
      responsibleUnit,
      // Half fall due within 2014's third quarter, so some open ones are overdue by its end.
      dueOn: addDays(raisedAt, i % 2 === 0 ? rng.int(15, 40) : rng.int(90, 150)),
      status,
      raisedAt,
      closingNote: status === 'CLOSED' ? '已协调解决(示例) / resolved (demo)' : null,
    };
  });
}

/**
 * The demo project ledger for 2014: an annual plan for every demo project (万元, a share of its
 * investment), a responsible leader for every project of ≥ 10 亿元 and about a quarter of the
 * others, node dates for every project, and eight problems, some overdue and some closed.
 */
export function demoLedger(projects: readonly ProjectRecord[], rng: DemoRandom): DemoLedger {
  const annualPlans = projects.map((p) => ({
    projectCode: p.code,
    year: 2014,
    plannedWan: Math.round(p.investmentYi * 10_000 * annualShare(p.status, rng)),
  }));
  const responsibles = projects.flatMap((p, i) =>
    p.investmentYi >= LEADER_REQUIRED_FROM_YI || rng.next() < 0.25 ? [demoResponsible(p, i, rng)] : [],
  );
  return {
    annualPlans,
    responsibles,
    nodes: projects.flatMap((p) => demoNodes(p, rng)),
    problems: demoProblems(projects, rng),
    provenance: DEMO_LEDGER_PROVENANCE,
  };
}
