import type { ProjectDetailQuery, ProjectLedgerRowQuery } from '../graphql/generated/graphql';
import { type LocaleTools, useLocale } from '../i18n/locale-context';
import { DemoBadge, Facts } from './detail-panel';
import styles from './detail-panel.module.css';

type Project = NonNullable<ProjectDetailQuery['project']>;
export type LedgerRow = ProjectLedgerRowQuery['projectLedger'][number];
export type Threshold = ProjectLedgerRowQuery['timeProgressThresholds'][number];

/** The plan year the panel reads the ledger for: the plan is the 2014 work plan. */
export const LEDGER_YEAR = 2014;

interface ProjectLedgerProps {
  project: Project;
  /** The project's row of the ledger; null when the ledger could not be read. */
  row: LedgerRow | null;
  thresholds: readonly Threshold[];
}

/**
 * Who answers for a project, its year against time progress with the flag (and the thresholds it
 * is read by), its lifecycle nodes with the overdue ones marked, and its open problems.
 *
 * @example <ProjectLedger project={project} row={row} thresholds={thresholds} />
 */
export function ProjectLedger({ project, row, thresholds }: ProjectLedgerProps) {
  return (
    <>
      <Responsible project={project} />
      {row ? <AgainstTime row={row} thresholds={thresholds} /> : null}
      <Nodes project={project} />
      <Problems project={project} />
    </>
  );
}

function Responsible({ project }: { project: Project }) {
  const { t, label } = useLocale();
  const r = project.responsible;
  if (!r) return null;
  const leader = [r.leaderBody ? label('LeaderBody', r.leaderBody) : null, r.leaderTitle, r.leaderName]
    .filter(Boolean)
    .join(' ');
  return (
    <div data-ledger="responsible">
      <Facts
        rows={[
          [t('ledger.responsible'), leader],
          [t('ledger.responsibleUnit'), r.responsibleUnit],
        ]}
      />
      {r.provenance.kind === 'DEMO' ? <DemoBadge /> : null}
    </div>
  );
}

/**
 * 完成年度计划的79.15%，快于时间进度4.15个百分点, as the provincial boards say it: to the hundredth,
 * as the API rounds it, since a leader compares two projects a point apart.
 */
function againstTimeText(row: LedgerRow, { t }: LocaleTools): string {
  if (row.percentOfPlan == null || row.pointsAhead == null) return t('ledger.noPlan');
  const points = Math.abs(row.pointsAhead).toFixed(2);
  const lead =
    row.pointsAhead > 0
      ? t('ledger.ahead', { points })
      : row.pointsAhead < 0
        ? t('ledger.behind', { points })
        : t('ledger.level');
  return t('ledger.sentence', {
    plan: t('ledger.percentOfPlan', { percent: `${row.percentOfPlan.toFixed(2)}%` }),
    lead,
  });
}

function AgainstTime({ row, thresholds }: { row: LedgerRow; thresholds: readonly Threshold[] }) {
  const tools = useLocale();
  const { t, label, fmt } = tools;
  const sentence = againstTimeText(row, tools);
  const threshold = thresholds.find((x) => x.flag === row.flag);
  return (
    <div data-ledger="time-progress" data-flag={row.flag ?? 'NONE'}>
      <Facts
        rows={[
          [
            t('ledger.annualPlan', { year: LEDGER_YEAR }),
            row.plannedWan == null ? t('ledger.noPlan') : fmt.wan(row.plannedWan),
          ],
          [
            t('ledger.completed'),
            <>
              {fmt.wan(row.completedWan)}
              {row.completedSource === 'DEMO' ? <DemoBadge /> : null}
            </>,
          ],
        ]}
      />
      <p className={styles.counts}>
        {row.flag ? (
          <span className={`${styles.flag} ${styles[`flag${row.flag}`] ?? ''}`}>
            {label('TimeProgressFlag', row.flag)}
          </span>
        ) : null}{' '}
        {sentence}
        {` · ${t('ledger.timeProgress', { percent: fmt.percent(row.timeProgressPercent) })} · ${fmt.date(row.asOf)}`}
      </p>
      {threshold ? <p className={styles.thresholds}>{threshold.description}</p> : null}
    </div>
  );
}

function Nodes({ project }: { project: Project }) {
  const { t, label, fmt } = useLocale();
  if (project.nodes.length === 0) return null;
  return (
    <>
      <h3>{t('ledger.nodes')}</h3>
      <ul className={styles.targets} data-ledger="nodes">
        {project.nodes.map((n) => (
          <li key={n.node} data-node={n.node} data-overdue={n.overdue ? 'true' : 'false'}>
            {label('ProjectNode', n.node)}
            {n.plannedOn ? ` · ${t('ledger.planned', { date: fmt.date(n.plannedOn) })}` : ''}
            {n.actualOn ? ` · ${t('ledger.actual', { date: fmt.date(n.actualOn) })}` : ''}
            {n.overdue ? <strong className={styles.overdue}>{t('ledger.overdue')}</strong> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function Problems({ project }: { project: Project }) {
  const { t, label, fmt } = useLocale();
  const open = project.problems.filter((p) => p.status !== 'CLOSED');
  if (open.length === 0) return null;
  return (
    <>
      <h3>{t('ledger.problems')}</h3>
      <ul className={styles.targets} data-ledger="problems">
        {open.map((p) => (
          <li key={p.id} data-overdue={p.overdue ? 'true' : 'false'}>
            {p.description}
            {` · ${label('ProblemStatus', p.status)} · ${t('ledger.problemDue', { unit: p.responsibleUnit, due: fmt.date(p.dueOn) })}`}
            {p.overdue ? <strong className={styles.overdue}>{t('ledger.overdue')}</strong> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
