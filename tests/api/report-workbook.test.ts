import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

const run = promisify(execFile);
const ZONE = 'shenqiu';
const MONTH = '2014-09';
const HEADER_ROWS = 2;
const READ = `query($z: ID!, $m: String!) { monthlyReport(zoneCode: $z, month: $m) {
  id status version fixedAssetInvestmentWan note
  projects { project { id } investmentWan status statusChangedOn progressText }
  nodes { project { id } node actualOn }
  works { kind entityId progressPercent } } }`;

interface Report {
  id: string;
  status: string;
  version: number;
  fixedAssetInvestmentWan: number | null;
  note: string | null;
  projects: {
    project: { id: string };
    investmentWan: number;
    status: string | null;
    statusChangedOn: string | null;
    progressText: string | null;
  }[];
  nodes: { project: { id: string }; node: string; actualOn: string }[];
  works: { kind: string; entityId: string; progressPercent: number | null }[];
}
interface Refusals {
  errors: { sheet: string | null; row: number | null; field: string | null; message: string }[];
}

let h: ApiHarness;
let reporter: string;
let otherReporter: string;
let projects: { id: string; name: string; status: string }[];
let dir: string;

beforeAll(async () => {
  h = await startApi();
  reporter = await h.signIn({ username: 'shenqiu-filler', role: 'zone_reporter', zoneCode: ZONE });
  otherReporter = await h.signIn({ username: 'taikang-filler', role: 'zone_reporter', zoneCode: 'taikang' });
  const found = await h.gql<{ zone: { projects: typeof projects } }>(
    `{ zone(code: "${ZONE}") { projects { id name status } } }`,
  );
  projects = found.data?.zone.projects ?? [];
  if (projects.length < 3) throw new Error(`too few projects in ${ZONE}: ${JSON.stringify(found.errors)}`);
  dir = await mkdtemp(join(tmpdir(), 'report-workbook-'));
});
afterAll(async () => {
  await h?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const url = (zone = ZONE, month = MONTH) => `${h.url}/report-workbook/${zone}/${month}.xlsx`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function download(token: string, zone = ZONE, month = MONTH): Promise<Uint8Array> {
  const res = await fetch(url(zone, month), { headers: bearer(token) });
  expect(
    res.status,
    await res
      .clone()
      .text()
      .catch(() => ''),
  ).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

async function upload(bytes: Uint8Array, headers: Record<string, string>, zone = ZONE): Promise<Response> {
  return fetch(url(zone), {
    method: 'POST',
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...headers,
    },
    // A Blob: fetch takes any bytes as one, whatever buffer backs the array.
    body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
  });
}

async function readReport(): Promise<Report | null> {
  const answer = await h.gql<{ monthlyReport: Report | null }>(READ, { z: ZONE, m: MONTH }, reporter);
  expect(answer.errors).toBeUndefined();
  return answer.data?.monthlyReport ?? null;
}

/** The template opened as Excel would open it, changed by `fill`, and saved. */
async function filled(bytes: Uint8Array, fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = wb.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The cell under the Chinese header `header` on the row whose leading cells are `keys`. */
function cell(ws: ExcelJS.Worksheet, keys: readonly string[], header: string): ExcelJS.Cell {
  let column = 0;
  ws.getRow(1).eachCell((c, i) => {
    if (c.value === header) column = i;
  });
  if (!column) throw new Error(`no column ${header} on ${ws.name}`);
  for (let r = HEADER_ROWS + 1; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const at = ws.name === '节点' ? [1, 3] : [1];
    if (keys.every((k, i) => row.getCell(at[i] ?? 1).value === k)) return row.getCell(column);
  }
  throw new Error(`no row ${keys.join('/')} on ${ws.name}`);
}

const NEXT_STATUS: Record<string, string> = {
  PLANNED: '签约 SIGNED',
  SIGNED: '开工 STARTED',
  STARTED: '竣工 COMPLETED',
  COMPLETED: '投产 IN_PRODUCTION',
};

describe('GET /report-workbook/{zone}/{month}.xlsx', () => {
  it('gives the zone’s own reporter a template holding exactly the zone’s projects', async () => {
    const res = await fetch(url(), { headers: bearer(reporter) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="report-shenqiu-2014-09.xlsx"/,
    );
    expect(res.headers.get('cache-control')).toContain('no-store');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const ws = sheet(wb, '项目');
    const ids: string[] = [];
    for (let r = HEADER_ROWS + 1; r <= ws.rowCount; r += 1) ids.push(String(ws.getRow(r).getCell(1).value));
    expect(ids.sort()).toEqual(projects.map((p) => p.id).sort());
    expect(sheet(wb, '说明').getCell('B3').value).toContain(ZONE);
  });

  it('is a workbook GDAL’s XLSX driver opens, one feature per project under two header rows', async () => {
    const path = join(dir, 'template.xlsx');
    await writeFile(path, await download(reporter));
    // GDAL 3.6 takes the XLSX header switch as a config option (an open option only from 3.7 on).
    const { stdout } = await run('ogrinfo', [
      '-ro',
      '-so',
      '--config',
      'OGR_XLSX_HEADERS',
      'FORCE',
      path,
      '项目',
    ]);
    // The English header row is a feature to GDAL, which takes only the first row as the header.
    expect(stdout).toMatch(new RegExp(`Feature Count: ${projects.length + 1}\\b`));
    expect(stdout).toMatch(/^项目编号: String/m);
  });

  it('refuses another zone’s reporter and the anonymous', async () => {
    const other = await fetch(url(), { headers: bearer(otherReporter) });
    expect(other.status).toBe(403);
    expect(((await other.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/shenqiu/);
    expect((await fetch(url())).status).toBeGreaterThanOrEqual(401);
    expect(
      (await fetch(`${h.url}/report-workbook/${ZONE}/2014-13.xlsx`, { headers: bearer(reporter) })).status,
    ).toBe(400);
    expect(
      (await fetch(`${h.url}/report-workbook/${ZONE}/september.xlsx`, { headers: bearer(reporter) })).status,
    ).toBe(404);
  });
});

describe('POST /report-workbook/{zone}/{month}.xlsx', () => {
  it('refuses a negative investment, a date outside the month and a formula without a value, naming row and field', async () => {
    const [a, b, c] = projects as [(typeof projects)[0], (typeof projects)[0], (typeof projects)[0]];
    const rows: Record<string, number> = {};
    const bytes = await filled(await download(reporter), (wb) => {
      const ws = sheet(wb, '项目');
      const money = cell(ws, [a.id], '本月完成投资(万元)');
      money.value = -100;
      rows.money = Number(money.row);
      const changed = cell(ws, [b.id], '状态变更日期');
      cell(ws, [b.id], '状态变更为').value = NEXT_STATUS[b.status] ?? '投产 IN_PRODUCTION';
      changed.value = new Date(Date.UTC(2014, 7, 31));
      rows.changed = Number(changed.row);
      const formula = cell(ws, [c.id], '本月完成投资(万元)');
      formula.value = { formula: 'SUM(1,2)' } as ExcelJS.CellValue;
      rows.formula = Number(formula.row);
    });
    const res = await upload(bytes, bearer(reporter));
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as Refusals;
    // The formula's cell is refused while reading: the file's other problems wait for the next upload.
    expect(errors).toEqual([
      expect.objectContaining({ sheet: '项目', row: rows.formula, field: 'investmentWan' }),
    ]);
    expect(errors[0]?.message).toMatch(/公式.* \/ .*formula/);

    const second = await filled(bytes, (wb) => {
      cell(sheet(wb, '项目'), [c.id], '本月完成投资(万元)').value = 5;
    });
    const again = await upload(second, bearer(reporter));
    expect(again.status).toBe(422);
    const refused = ((await again.json()) as Refusals).errors;
    expect(refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: '项目', row: rows.money, field: 'investmentWan' }),
        expect.objectContaining({ sheet: '项目', row: rows.changed, field: 'statusChangedOn' }),
      ]),
    );
    expect(refused.every((e) => e.message.includes(' / '))).toBe(true);
    expect(await readReport()).toBeNull();
  });

  it('refuses another zone’s file, another zone’s reporter, and a cross-site cookie upload; nothing saved', async () => {
    const taikang = await download(TOKENS.planner, 'taikang');
    const wrong = await upload(taikang, bearer(reporter));
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as Refusals).errors).toEqual([
      expect.objectContaining({
        sheet: '说明',
        field: 'zoneCode',
        message: expect.stringMatching(/taikang/),
      }),
    ]);
    const mine = await download(reporter);
    expect((await upload(mine, bearer(otherReporter))).status).toBe(403);
    const crossSite = await upload(mine, {
      cookie: `atlas_session=${reporter}`,
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect(JSON.stringify(await crossSite.json())).toMatch(/跨站|Origin/);
    expect(await readReport()).toBeNull();
  });

  it('refuses a body over the limit with 413 before reading it', async () => {
    const res = await upload(new Uint8Array(6 * 1024 * 1024), bearer(reporter));
    expect(res.status).toBe(413);
    const notXlsx = await upload(new TextEncoder().encode('项目编号,本月完成投资\n'), bearer(reporter));
    expect(notXlsx.status).toBe(422);
  });

  it('saves a filled template into the month’s draft, as the form would', async () => {
    const [a, b] = projects as [(typeof projects)[0], (typeof projects)[0]];
    const template = await download(reporter);
    let node = '';
    let nodeProject = '';
    const bytes = await filled(template, (wb) => {
      const ws = sheet(wb, '项目');
      cell(ws, [a.id], '本月完成投资(万元)').value = 1_250.5;
      cell(ws, [a.id], '形象进度').value = '厂房封顶';
      cell(ws, [b.id], '本月完成投资(万元)').value = { formula: '100*100', result: 64 };
      cell(ws, [b.id], '状态变更为').value = NEXT_STATUS[b.status] ?? '投产 IN_PRODUCTION';
      cell(ws, [b.id], '状态变更日期').value = '2014-09-20';
      const nodes = sheet(wb, '节点');
      for (let r = HEADER_ROWS + 1; r <= nodes.rowCount && !node; r += 1) {
        const row = nodes.getRow(r);
        // The first node row still open: a node not reached before this month.
        if (row.getCell(7).protection?.locked === false) {
          nodeProject = String(row.getCell(1).value);
          node = String(row.getCell(3).value);
          row.getCell(7).value = new Date(Date.UTC(2014, 8, 9));
        }
      }
      const zone = sheet(wb, '园区合计');
      zone.getCell(HEADER_ROWS + 1, 1).value = 91_000;
      zone.getCell(HEADER_ROWS + 1, 3).value = '九月(Excel 模板)';
    });
    expect(node, 'a node of the project still to reach').not.toBe('');
    const res = await upload(bytes, bearer(reporter));
    const body = (await res.json()) as { saved: boolean; lines: number; warnings: string[] };
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.saved).toBe(true);
    expect(body.lines).toBe(projects.length + 1);
    expect(body.warnings.join()).toMatch(/formula/);
    const report = await readReport();
    expect(report?.status).toBe('DRAFT');
    expect(report?.fixedAssetInvestmentWan).toBe(91_000);
    expect(report?.note).toBe('九月(Excel 模板)');
    const lines = new Map(report?.projects.map((l) => [l.project.id, l]));
    expect(lines.get(a.id)).toMatchObject({ investmentWan: 1_250.5, progressText: '厂房封顶' });
    expect(lines.get(b.id)).toMatchObject({ investmentWan: 64, statusChangedOn: '2014-09-20' });
    expect(lines.get(b.id)?.status).toBe((NEXT_STATUS[b.status] ?? 'IN_PRODUCTION').split(' ').pop());
    expect(report?.nodes).toEqual([{ project: { id: nodeProject }, node, actualOn: '2014-09-09' }]);

    // The next template holds the draft, and a second upload of the old one is refused as stale.
    const next = new ExcelJS.Workbook();
    await next.xlsx.load((await download(reporter)) as unknown as ArrayBuffer);
    expect(cell(sheet(next, '项目'), [a.id], '本月完成投资(万元)').value).toBe(1_250.5);
    expect((await upload(bytes, bearer(reporter))).status).toBe(409);
  });
});
