'use client';

import { PROJECT_NODES } from '@atlas/data/reporting-vocabulary';
import { PROJECT_STATUSES } from '@atlas/data/vocabulary';
import { useLocale } from '../i18n/locale-context';
import { type NodeRow, nodeKey, type ProjectRow, projectKey, type ReportDraft } from './report-draft';
import { Field } from './report-field';

/** A change to the form, as the sheet applies it. */
export type Update = (change: (draft: ReportDraft) => ReportDraft) => void;

function setProject(update: Update, projectId: string, change: Partial<ProjectRow>) {
  update((d) => ({
    ...d,
    projects: d.projects.map((p) => (p.projectId === projectId ? { ...p, ...change } : p)),
  }));
}

interface ProjectRowsProps {
  draft: ReportDraft;
  /** Accepted before this month, 万元, by project: with the month typed, whether the total is passed. */
  acceptedBeforeWan: ReadonlyMap<string, number>;
  /** Fields the API has refused, which stay shown even when their condition no longer holds. */
  refusedFields: ReadonlySet<string>;
  update: Update;
}

/** One block per project of the zone: the month's investment, a status change, 形象进度, and the reason for going over the total. */
export function ProjectRows({ draft, acceptedBeforeWan, refusedFields, update }: ProjectRowsProps) {
  const { t } = useLocale();
  return (
    <section className="report-section" aria-labelledby="report-projects">
      <h2 id="report-projects">{t('report.projects')}</h2>
      {draft.projects.length === 0 ? <p>{t('report.none')}</p> : null}
      {draft.projects.map((p) => (
        <ProjectBlock
          key={p.projectId}
          row={p}
          before={acceptedBeforeWan.get(p.projectId) ?? 0}
          showReason={refusedFields.has(`${projectKey(p.projectId)}|overTotalReason`)}
          update={update}
        />
      ))}
    </section>
  );
}

interface ProjectBlockProps {
  row: ProjectRow;
  before: number;
  showReason: boolean;
  update: Update;
}

function ProjectBlock({ row, before, showReason, update }: ProjectBlockProps) {
  const { t, label, fmt } = useLocale();
  const key = projectKey(row.projectId);
  const month = Number(row.investmentWan.replace(/[,\s]/g, ''));
  // The reason is asked for when the month takes the project past its total, or was given already.
  const overTotal = Number.isFinite(month) && before + month > row.totalWan;
  const set = (change: Partial<ProjectRow>) => setProject(update, row.projectId, change);
  return (
    <fieldset className="report-row" data-row={key} data-project={row.projectId}>
      <legend>{row.name}</legend>
      <p className="report-row-note">
        {t('report.totalInvestment', { total: fmt.wan(row.totalWan), done: fmt.wan(before) })}
      </p>
      <Field row={key} field="investmentWan" label={t('report.investmentWan')}>
        {(p) => (
          <input
            {...p}
            inputMode="decimal"
            value={row.investmentWan}
            onChange={(e) => set({ investmentWan: e.target.value })}
          />
        )}
      </Field>
      <Field row={key} field="status" label={t('report.statusChange')}>
        {(p) => (
          <select
            {...p}
            value={row.status}
            onChange={(e) => set({ status: e.target.value as ProjectRow['status'] })}
          >
            <option value="">{t('report.noChange')}</option>
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {label('ProjectStatus', s)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field row={key} field="statusChangedOn" label={t('report.statusChangedOn')}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={row.statusChangedOn}
            onChange={(e) => set({ statusChangedOn: e.target.value })}
          />
        )}
      </Field>
      <Field row={key} field="progressText" label={t('report.progressText')} wide>
        {(p) => (
          <input {...p} value={row.progressText} onChange={(e) => set({ progressText: e.target.value })} />
        )}
      </Field>
      {overTotal || showReason || row.overTotalReason ? (
        <Field row={key} field="overTotalReason" label={t('report.overTotalReason')} wide>
          {(p) => (
            <input
              {...p}
              value={row.overTotalReason}
              onChange={(e) => set({ overTotalReason: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </fieldset>
  );
}

let nextNode = 0;

/** The nodes reached this month: a project, which node, and the day. */
export function NodeRows({ draft, update, adding }: { draft: ReportDraft; update: Update; adding: boolean }) {
  const { t, label } = useLocale();
  const setNode = (key: string, change: Partial<NodeRow>) =>
    update((d) => ({ ...d, nodes: d.nodes.map((n) => (n.key === key ? { ...n, ...change } : n)) }));
  const add = () =>
    update((d) => {
      nextNode += 1;
      const first = d.projects[0]?.projectId ?? '';
      return {
        ...d,
        nodes: [...d.nodes, { key: `new-${nextNode}`, projectId: first, node: '', actualOn: '' }],
      };
    });
  return (
    <section className="report-section" aria-labelledby="report-nodes">
      <h2 id="report-nodes">{t('report.nodes')}</h2>
      {!adding && draft.nodes.length === 0 ? <p>{t('report.none')}</p> : null}
      {draft.nodes.map((n) => {
        const key = nodeKey(n.key);
        return (
          <fieldset key={n.key} className="report-row report-node" data-row={key}>
            <legend className="report-visually-hidden">{t('report.node')}</legend>
            <Field row={key} field="projectId" label={t('report.project')}>
              {(p) => (
                <select
                  {...p}
                  value={n.projectId}
                  onChange={(e) => setNode(n.key, { projectId: e.target.value })}
                >
                  {draft.projects.map((r) => (
                    <option key={r.projectId} value={r.projectId}>
                      {r.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field row={key} field="node" label={t('report.node')}>
              {(p) => (
                <select
                  {...p}
                  value={n.node}
                  onChange={(e) => setNode(n.key, { node: e.target.value as NodeRow['node'] })}
                >
                  <option value="">—</option>
                  {PROJECT_NODES.map((node) => (
                    <option key={node} value={node}>
                      {label('ProjectNode', node)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field row={key} field="actualOn" label={t('report.nodeDate')}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={n.actualOn}
                  onChange={(e) => setNode(n.key, { actualOn: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="report-secondary"
              onClick={() => update((d) => ({ ...d, nodes: d.nodes.filter((m) => m.key !== n.key) }))}
            >
              {t('report.removeNode')}
            </button>
          </fieldset>
        );
      })}
      {adding && draft.projects.length > 0 ? (
        <button type="button" className="report-secondary" onClick={add}>
          {t('report.addNode')}
        </button>
      ) : null}
    </section>
  );
}
