import type { MeetingScreenQuery } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-context';
import { zoneShortName } from '../map/map-data';
import { aheadBehind } from './ahead-behind';
import { type RedListItem, redListGroups } from './red-list';

type Data = MeetingScreenQuery;

/** Items a zone shows in the overview; at its own stop on the tour, all of them (as many as fit). */
const OVERVIEW_ITEMS = 1;
const STOP_ITEMS = 12;

function Item({ item }: { item: RedListItem }) {
  const { t, label, fmt, locale } = useLocale();
  const what =
    item.kind === 'behind'
      ? aheadBehind(item.pointsAhead, locale)
      : item.kind === 'node'
        ? t('meeting.overdueNode', {
            node: label('ProjectNode', item.node as 'LAND'),
            date: fmt.date(item.plannedOn),
          })
        : t('meeting.overdueProblem', { text: item.description, date: fmt.date(item.dueOn) });
  return (
    <li data-item={item.kind}>
      <a href={item.href} data-map-link={item.href}>
        <span className="project">{item.name}</span> <span className="what">{what}</span>
      </a>
    </li>
  );
}

/**
 * The red list grouped by zone: projects behind time progress, overdue nodes and overdue problems,
 * each a link to its place on the map. The overview shows each zone's worst few; the tour's stop at
 * a zone shows its own list.
 */
export function RedListPanel({ data, current }: { data: Data; current: string | null }) {
  const { t, locale } = useLocale();
  const byCode = new Map(data.zones.map((z) => [z.code, z]));
  const groups = redListGroups(data.redList, locale).filter((g) => !current || g.zoneCode === current);
  const shown = current ? STOP_ITEMS : OVERVIEW_ITEMS;
  return (
    <section className="meeting-red-list" aria-labelledby="meeting-red-list-title">
      <h2 id="meeting-red-list-title">
        {t('meeting.redList')}
        <span className="aside"> · {t('meeting.redListKey')}</span>
      </h2>
      {groups.length === 0 ? <p className="empty">{t('meeting.redListEmpty')}</p> : null}
      {groups.map((group) => {
        const zone = byCode.get(group.zoneCode);
        return (
          <section key={group.zoneCode} className="group" data-zone={group.zoneCode}>
            <h3>
              <a href={group.href}>{zone ? zoneShortName(zone, locale) : group.zoneCode}</a>
              {group.items.length > shown ? (
                <span className="more"> · {t('meeting.more', { count: group.items.length - shown })}</span>
              ) : null}
            </h3>
            <ul>
              {group.items.slice(0, shown).map((item) => (
                <Item key={item.key} item={item} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
