import { randomBytes } from 'node:crypto';
import type { AccountRole } from '@atlas/data';
import { type AtlasDb, schema } from '@atlas/db';
import { asc, count } from 'drizzle-orm';
import { createUser, SYSTEM_ACTOR } from './users';

/** One demo account as printed once at the first start: the only time its password is shown. */
export interface DemoAccount {
  readonly username: string;
  readonly role: AccountRole;
  readonly zoneCode: string | null;
  readonly password: string;
}

const CITY_WIDE: { username: string; role: AccountRole; displayName: string }[] = [
  { username: 'planner', role: 'planner', displayName: '示例规划员 (demo planner)' },
  { username: 'inspector', role: 'inspector', displayName: '示例考核员 (demo inspector)' },
  { username: 'admin', role: 'admin', displayName: '示例管理员 (demo admin)' },
];

/**
 * On a database without any account, creates the demo's accounts, all marked demo: one zone
 * reporter per zone (`<zone code>-reporter`), a planner, an inspector and an admin, each with a
 * random password returned here and nowhere stored in the clear. Returns [] when any account exists
 * (the command line made one, or an earlier start did), so it is safe at every start.
 *
 * @example
 * for (const a of await ensureDemoAccounts(db)) console.log(a.username, a.password);
 */
export async function ensureDemoAccounts(db: AtlasDb): Promise<DemoAccount[]> {
  const [existing] = await db.select({ n: count() }).from(schema.users);
  if ((existing?.n ?? 0) > 0) return [];
  const zones = await db
    .select({ code: schema.zones.code, name: schema.zones.name })
    .from(schema.zones)
    .orderBy(asc(schema.zones.code));
  const wanted = [
    ...zones.map((z) => ({
      username: `${z.code}-reporter`,
      role: 'zone_reporter' as const,
      displayName: `示例${z.name}填报员 (demo reporter)`,
      zoneCode: z.code,
    })),
    ...CITY_WIDE.map((a) => ({ ...a, zoneCode: null })),
  ];
  const ctx = { db, actor: SYSTEM_ACTOR };
  const made: DemoAccount[] = [];
  for (const account of wanted) {
    const password = randomBytes(12).toString('base64url');
    await createUser(ctx, { ...account, password, demo: true });
    made.push({ username: account.username, role: account.role, zoneCode: account.zoneCode, password });
  }
  return made;
}
