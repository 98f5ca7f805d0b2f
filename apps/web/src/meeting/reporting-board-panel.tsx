import type { MeetingScreenQuery } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-context';
import { zoneShortName } from '../map/map-data';
import { type ReportingState, STATE_MARK, tallyStates } from './reporting-board';

type BoardRow = MeetingScreenQuery['reportingBoard'][number];
type Zone = MeetingScreenQuery['zones'][number];

/**
 * Each zone's monthly report as the room reads it: on time, late, missing, returned (a mark and a
 * word, never colour alone), and the deadline it was held to.
 */
export function ReportingBoardPanel({
  rows,
  zones,
  current,
}: {
  rows: readonly BoardRow[];
  zones: readonly Zone[];
  current: string | null;
}) {
  const { t, label, fmt, locale } = useLocale();
  const byCode = new Map(zones.map((z) => [z.code, z]));
  const deadline = rows[0]?.deadline;
  return (
    <section className="meeting-board" aria-labelledby="meeting-board-title">
      <h2 id="meeting-board-title">
        {t('meeting.board')}
        {deadline ? (
          <span className="aside"> · {t('meeting.deadline', { date: fmt.date(deadline) })}</span>
        ) : null}
      </h2>
      <ol>
        {rows.map((row) => {
          const zone = byCode.get(row.zone.code);
          const state = row.state as ReportingState;
          return (
            <li
              key={row.zone.code}
              data-zone={row.zone.code}
              data-state={state}
              aria-current={current === row.zone.code ? 'step' : undefined}
            >
              <span className="name">{zone ? zoneShortName(zone, locale) : row.zone.code}</span>
              <span className="state">
                <span aria-hidden="true">{STATE_MARK[state]} </span>
                {label('ReportingState', state)}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="tally">
        {tallyStates(rows.map((r) => ({ state: r.state as ReportingState })))
          .filter(([, n]) => n > 0)
          .map(([state, n]) => `${STATE_MARK[state]} ${label('ReportingState', state)} ${n}`)
          .join(' · ')}
      </p>
    </section>
  );
}
