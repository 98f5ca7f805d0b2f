'use client';

import type * as maplibregl from 'maplibre-gl';
import { useCallback, useRef, useState } from 'react';
import { useMe } from '../auth/me-store';
import { useLocale } from '../i18n/locale-context';
import type { MapData } from '../map/map-data';
import type { ProjectFilter } from '../map/project-filter';
import { useDismiss } from '../map/use-dismiss';
import {
  EXPORT_FORMATS,
  EXPORTED_LAYERS,
  type ExportFormat,
  exportableLayers,
  exportHref,
  filtersApply,
  type MapLayerId,
} from './export-href';
import { importsData } from './import-roles';
import './exchange.css';

interface ExportMenuProps {
  /** The live map, whose bounds are the export's `bbox`; null while it opens. */
  map: maplibregl.Map | null;
  /** The map's "lng,lat,zoom": a new one means new bounds, so the link is written again. */
  view: string;
  /** The switchable layers the map draws now. */
  shown: readonly string[];
  filter: ProjectFilter;
  cluster: string | null;
  data: MapData | null;
}

const boundsOf = (map: maplibregl.Map): [number, number, number, number] => {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
};

/**
 * 导出 on the map: a button that opens a small menu (the shown layer to export, the format — Excel
 * first) with a download link for what the view shows: the map's bounds, its filters and language.
 * Signed-in planners, admins and zone reporters also find the way to /import beside it.
 *
 * @example <ExportMenu map={map} view={view} shown={shown} filter={filter} cluster={null} data={data} />
 */
export function ExportMenu(props: ExportMenuProps) {
  const { t, locale } = useLocale();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const who = useMe();
  const imports = who.state === 'ready' && importsData(who.me);
  return (
    <div className="atlas-export">
      {open ? <ExportPanel {...props} onClose={close} /> : null}
      <div className="atlas-export-buttons">
        {imports ? (
          <a href={locale === 'en' ? '/import?lang=en' : '/import'} data-import-link>
            {t('export.importLink')}
          </a>
        ) : null}
        <button
          type="button"
          aria-expanded={open}
          aria-controls="atlas-export-menu"
          data-export-toggle
          onClick={() => setOpen((o) => !o)}
        >
          {t('export.button')}
        </button>
      </div>
    </div>
  );
}

function ExportPanel({
  map,
  view,
  shown,
  filter,
  cluster,
  data,
  onClose,
}: ExportMenuProps & { onClose(): void }) {
  const { t, locale } = useLocale();
  const panel = useRef<HTMLElement>(null);
  useDismiss(panel, onClose);
  const layers = exportableLayers(shown);
  const [picked, setPicked] = useState<MapLayerId>('projects');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const layer = layers.includes(picked) ? picked : layers[0];
  // `view` changes when the map stops moving; the bounds are read from the map at that render.
  const bounds = map && view ? boundsOf(map) : null;
  const href = layer ? exportHref(EXPORTED_LAYERS[layer], format, { bounds, filter, cluster, locale }) : null;
  return (
    <section
      id="atlas-export-menu"
      className="atlas-export-menu"
      ref={panel}
      tabIndex={-1}
      aria-label={t('export.menu')}
    >
      <h2>{t('export.menu')}</h2>
      {layers.length === 0 ? <p>{t('export.noLayer')}</p> : null}
      {layer ? (
        <fieldset>
          <legend>{t('export.layer')}</legend>
          {layers.map((id) => (
            <label key={id}>
              <input
                type="radio"
                name="export-layer"
                value={id}
                data-export-layer={id}
                checked={layer === id}
                onChange={() => setPicked(id)}
              />
              {t(`layer.${id}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t('export.format')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="export-format"
              value={f}
              data-export-format={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            {t(`export.format.${f}`)}
          </label>
        ))}
      </fieldset>
      <p className="atlas-export-scope">
        {t('export.scope')}
        {layer && filtersApply(EXPORTED_LAYERS[layer]) ? (
          <>
            <br />
            <FilterSummary filter={filter} cluster={cluster} data={data} />
          </>
        ) : null}
      </p>
      {href ? (
        <a className="atlas-export-download" href={href} download data-export-download>
          {t('export.download')}
        </a>
      ) : null}
    </section>
  );
}

/** The filters the file is cut by, in words: the zone, cluster, statuses and period the map shows. */
function FilterSummary({ filter, cluster, data }: Pick<ExportMenuProps, 'filter' | 'cluster' | 'data'>) {
  const { t, label, fmt, locale } = useLocale();
  const named = (item: { name: string; nameEn: string } | undefined, code: string) =>
    item ? (locale === 'en' ? item.nameEn : item.name) : code;
  const parts: string[] = [];
  if (filter.zone)
    parts.push(
      named(
        data?.zones.find((z) => z.code === filter.zone),
        filter.zone,
      ),
    );
  if (cluster)
    parts.push(
      t('export.cluster', {
        cluster: named(
          data?.clusters.find((c) => c.code === cluster),
          cluster,
        ),
      }),
    );
  if (filter.statuses.length > 0)
    parts.push(filter.statuses.map((s) => label('ProjectStatus', s)).join(t('common.listSeparator')));
  if (filter.period) parts.push(t('filter.asOfEnd', { period: fmt.quarter(filter.period) }));
  return (
    <span data-export-filters={parts.length}>
      {t('export.filters', {
        filters: parts.length > 0 ? parts.join(t('common.listSeparator')) : t('export.noFilter'),
      })}
    </span>
  );
}
