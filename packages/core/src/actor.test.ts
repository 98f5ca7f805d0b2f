import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Action,
  type Actor,
  ANONYMOUS,
  can,
  PERMISSIONS,
  ROLES,
  type Role,
  requirePermission,
  requireRole,
  requireZonePermission,
  ZONE_SCOPED_ACTIONS,
} from './actor';

const as = (role: Role): Actor => ({ name: `test ${role}`, role, authenticated: true });

/** Every (role, action) pair the table allows, as `role:action`. */
const allowed = (): string[] =>
  ROLES.flatMap((role) => ACTIONS.filter((action) => can(as(role), action)).map((a) => `${role}:${a}`));

describe('who may do what', () => {
  it('lets a planner edit the layers and the ledger, review reports and read history, and nothing else', () => {
    expect(allowed().filter((p) => p.startsWith('planner:'))).toEqual([
      'planner:writeLayers',
      'planner:writeProjects',
      'planner:recordProgress',
      'planner:writeZoneReport',
      'planner:reviewReport',
      'planner:writeProjectLedger',
      'planner:raiseProblem',
      'planner:superviseProblems',
      'planner:readAuditLog',
    ]);
  });

  it('lets a zone reporter write its zone’s projects, report, ledger and problems, and nothing else', () => {
    expect(allowed().filter((p) => p.startsWith('zone_reporter:'))).toEqual([
      'zone_reporter:writeProjects',
      'zone_reporter:writeZoneReport',
      'zone_reporter:writeProjectLedger',
      'zone_reporter:raiseProblem',
    ]);
    expect(ZONE_SCOPED_ACTIONS).toEqual([
      'writeProjects',
      'writeZoneReport',
      'writeProjectLedger',
      'raiseProblem',
    ]);
  });

  it('keeps users, criteria and publishing out of every role’s reach but an admin’s', () => {
    for (const action of ['manageUsers', 'changeCriteria', 'publishRanking'] as const)
      expect(PERMISSIONS[action]).toEqual(['admin']);
  });

  it('lets an inspector record inspection scores, and nothing else', () => {
    expect(allowed().filter((p) => p.startsWith('inspector:'))).toEqual(['inspector:recordInspectionScores']);
  });

  it('lets an admin alone publish a ranking and change the criteria, and an admin do everything', () => {
    expect(PERMISSIONS.publishRanking).toEqual(['admin']);
    expect(PERMISSIONS.changeCriteria).toEqual(['admin']);
    for (const action of ACTIONS) expect(can(as('admin'), action)).toBe(true);
  });

  it('lets a viewer do nothing beyond reading', () => {
    for (const action of ACTIONS) expect(can(as('viewer'), action)).toBe(false);
  });
});

describe('requirePermission', () => {
  const refusal = (actor: Actor, action: Action) => {
    try {
      requirePermission(actor, action);
      return null;
    } catch (error) {
      return error as { code: string; message: string };
    }
  };

  it('refuses a planner scores and publishing, in both languages, naming who may', () => {
    expect(refusal(as('planner'), 'recordInspectionScores')).toMatchObject({
      code: 'FORBIDDEN',
      message:
        '无权录入观摩评分(需要inspector或admin角色) / Forbidden: recording inspection scores needs the inspector or admin role',
    });
    expect(refusal(as('planner'), 'publishRanking')?.message).toMatch(
      /^无权发布排名\(需要admin角色\) \/ Forbidden: publishing a ranking needs the admin role$/,
    );
  });

  it('refuses an inspector the layers and publishing, and asks an anonymous caller to sign in', () => {
    expect(refusal(as('inspector'), 'writeLayers')?.code).toBe('FORBIDDEN');
    expect(refusal(as('inspector'), 'publishRanking')?.code).toBe('FORBIDDEN');
    expect(refusal(ANONYMOUS, 'recordInspectionScores')).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/^请先登录.* \/ Sign in: recording inspection scores needs/),
    });
    expect(refusal(as('inspector'), 'recordInspectionScores')).toBeNull();
  });
});

describe('requireZonePermission', () => {
  const reporterOf = (zoneCode: string | null): Actor => ({
    name: '园区填报员',
    role: 'zone_reporter',
    authenticated: true,
    zoneCode,
  });

  it('lets a zone reporter act in its own zone only, naming both zones when refused', () => {
    expect(() => requireZonePermission(reporterOf('taikang'), 'writeZoneReport', 'taikang')).not.toThrow();
    expect(() => requireZonePermission(reporterOf('taikang'), 'writeZoneReport', 'shenqiu')).toThrow(
      /只能操作本园区\(taikang\).*shenqiu.*only in your own zone \(taikang\), not in shenqiu/,
    );
    expect(() => requireZonePermission(reporterOf(null), 'raiseProblem', 'taikang')).toThrow(
      /FORBIDDEN|无权/,
    );
  });

  it('lets city-wide roles act in every zone, and still refuses what the role may not do', () => {
    expect(() => requireZonePermission(as('planner'), 'writeZoneReport', 'shenqiu')).not.toThrow();
    expect(() => requireZonePermission(reporterOf('taikang'), 'reviewReport', 'taikang')).toThrow(/审核月报/);
    expect(() => requireZonePermission(as('inspector'), 'writeProjects', 'taikang')).toThrow(/编辑项目/);
  });
});

describe('requireRole, kept for checks phrased by role', () => {
  it('admits planners and admins to planner-level writes, but not inspectors or viewers', () => {
    expect(() => requireRole(as('planner'), 'planner')).not.toThrow();
    expect(() => requireRole(as('admin'), 'planner')).not.toThrow();
    expect(() => requireRole(as('inspector'), 'planner')).toThrow(/needs the planner or admin role/);
    expect(() => requireRole(as('viewer'), 'planner')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => requireRole(ANONYMOUS, 'planner')).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });

  it('does not rank a planner above an inspector, nor an inspector above a planner', () => {
    expect(() => requireRole(as('planner'), 'inspector')).toThrow(/needs the inspector or admin role/);
    expect(() => requireRole(as('inspector'), 'inspector')).not.toThrow();
    expect(() => requireRole(as('planner'), 'admin')).toThrow(/needs the admin role/);
    expect(() => requireRole(ANONYMOUS, 'viewer')).not.toThrow();
  });
});
