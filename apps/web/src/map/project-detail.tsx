import { type CSSProperties, useCallback } from 'react';
import { HistoryTab } from '../audit/history-tab';
import {
  ProjectDetailDocument,
  type ProjectDetailQuery,
  ProjectLedgerRowDocument,
} from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';
import { DemoBadge, DetailPanel, Facts, localName, SourceLine } from './detail-panel';
import styles from './detail-panel.module.css';
import { LEDGER_YEAR, type LedgerRow, ProjectLedger, type Threshold } from './project-ledger';
import { sourceText } from './source-text';
import { PROJECT_STAGES, statusTimeline, type TimelineStep } from './status-timeline';
import { STATUS_COLOURS } from './style';
import { useLoaded } from './use-loaded';

// The timeline's dots take the colours of the project circles on the map, so the two read alike.
const STAGE_COLOUR = new Map(STATUS_COLOURS);

type Project = NonNullable<ProjectDetailQuery['project']>;
type Stage = TimelineStep<Project['status']>;

interface Loaded {
  project: Project;
  row: LedgerRow | null;
  thresholds: Threshold[];
}

async function loadProject(id: string): Promise<Loaded> {
  const { project } = await request(ProjectDetailDocument, { id });
  if (!project) throw new Error(`No project ${id}`);
  // The ledger is read by zone; without it the panel still says what the project is.
  const ledger = await request(ProjectLedgerRowDocument, {
    year: LEDGER_YEAR,
    zoneCode: project.zone.code,
  }).catch(() => null);
  return {
    project,
    row: ledger?.projectLedger.find((r) => r.project.id === id) ?? null,
    thresholds: ledger?.timeProgressThresholds ?? [],
  };
}

interface ProjectDetailProps {
  id: string;
  onClose(): void;
  /** Opens the zone's own panel, for a leader who asks "and the zone it is in?" */
  onShowZone(code: string): void;
}

/**
 * A major project: what it costs, how far it has come and when, where it sits, who answers for it
 * and how its year stands against time progress, and whether it is one of the plan's real projects
 * or demo data standing in for them; its history for planners.
 *
 * @example
 * <ProjectDetail id="demo-017" onClose={close} onShowZone={(code) => select('zone', code)} />
 */
export function ProjectDetail({ id, onClose, onShowZone }: ProjectDetailProps) {
  const { t } = useLocale();
  const loaded = useLoaded(useCallback(() => loadProject(id), [id]));
  return (
    <DetailPanel
      label={t('project.detail')}
      failure={t('project.loadFailed')}
      loaded={loaded}
      onClose={onClose}
      feature={{ 'data-project': id }}
    >
      {({ project, row, thresholds }) => (
        <>
          <h2>{project.name}</h2>
          {project.provenance.kind === 'DEMO' ? (
            <p>
              <DemoBadge />
            </p>
          ) : null}
          <ProjectFacts project={project} onShowZone={onShowZone} />
          <ProjectLedger project={project} row={row} thresholds={thresholds} />
          <StatusTimeline project={project} />
          <ProjectSource project={project} />
          <HistoryTab entity="project" id={project.id} />
        </>
      )}
    </DetailPanel>
  );
}

function ProjectFacts({ project, onShowZone }: { project: Project; onShowZone(code: string): void }) {
  const { locale, t, label, fmt } = useLocale();
  return (
    <Facts
      rows={[
        [t('project.investment'), fmt.yi(project.investmentYi)],
        [t('project.status'), label('ProjectStatus', project.status)],
        [
          t('project.zone'),
          <button type="button" className={styles.link} onClick={() => onShowZone(project.zone.code)}>
            {localName(locale, project.zone)}
          </button>,
        ],
        [t('project.cluster'), project.cluster ? localName(locale, project.cluster) : null],
        // Points have neither; a line has no area and a polygon no length.
        [t('project.area'), project.areaKm2 > 0 ? fmt.areaKm2(project.areaKm2) : null],
        [t('project.length'), project.lengthKm > 0 ? fmt.km(project.lengthKm) : null],
      ]}
    />
  );
}

function StatusTimeline({ project }: { project: Project }) {
  const { t } = useLocale();
  const steps = statusTimeline(project.status, project.statusHistory, PROJECT_STAGES);
  return (
    <>
      <h3>{t('project.statusHistory')}</h3>
      <ol className={styles.timeline}>
        {steps.map((step) => (
          <TimelineItem key={step.status} step={step} />
        ))}
      </ol>
    </>
  );
}

function TimelineItem({ step }: { step: Stage }) {
  const { t, label, fmt } = useLocale();
  const colour = { '--stage-colour': STAGE_COLOUR.get(step.status) } as CSSProperties;
  return (
    <li data-state={step.state} aria-current={step.state === 'current' ? 'step' : undefined} style={colour}>
      <span>{label('ProjectStatus', step.status)}</span>
      {step.changedOn ? (
        <time dateTime={step.changedOn}>{fmt.date(step.changedOn)}</time>
      ) : (
        <span>{step.state === 'ahead' ? t('project.notReached') : fmt.date(null)}</span>
      )}
    </li>
  );
}

function ProjectSource({ project }: { project: Project }) {
  const { t, label, locale } = useLocale();
  const source = sourceText(project.provenance, locale);
  return (
    <SourceLine
      parts={[
        [t('common.source'), source],
        [t('project.location'), label('SourceKind', project.geometryProvenance.kind)],
      ]}
    />
  );
}
