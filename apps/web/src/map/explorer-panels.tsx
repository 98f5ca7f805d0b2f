'use client';

import type { ZoneTargetChoice } from './choropleth';
import { ClusterPanel } from './cluster-panel';
import { ComparePanel } from './compare-panel';
import type { ExplorerState } from './explorer-state';
import { FilterBar } from './filter-bar';
import { LayerPanel } from './layer-panel';
import type { MapData, ProjectSummary } from './map-data';
import { NoSuchZone, UnreachableNotice } from './map-notices';
import { MembershipMatrix } from './membership-matrix';
import { ProjectDetail } from './project-detail';
import { RelocationDetail } from './relocation-detail';
import { SearchBox, type SearchHit } from './search-box';
import { TitleBar } from './title-bar';
import type { MapDataState } from './use-map-data';
import type { MapOverlays } from './use-map-overlays';
import { isWorks, WorksDetail } from './works-detail';
import { ZoneColourKey } from './zone-colour-key';
import { ZoneDetail } from './zone-detail';

interface ExplorerPanelsProps {
  state: ExplorerState;
  loaded: MapDataState;
  drawn: readonly { project: ProjectSummary }[];
  targets: ZoneTargetChoice[];
  /** Time progress, ranks, works' schedules and the comparison drawn over the map. */
  overlays: MapOverlays;
  flyTo: (center: [number, number] | undefined) => void;
}

const seatOf = (data: MapData | null, code: string) => {
  const seat = data?.zones.find((z) => z.code === code)?.seat;
  return seat?.type === 'Point' ? (seat.coordinates as [number, number]) : undefined;
};

/** Everything around the explorer's map: title, search, clusters, layers, filters, the open detail and notices. */
export function ExplorerPanels({ state, loaded, drawn, targets, overlays, flyTo }: ExplorerPanelsProps) {
  const { data } = loaded;
  const { locale, selection, setSelection, setCluster } = state;
  const showZone = (code: string) => {
    setSelection({ kind: 'zone', id: code });
    flyTo(seatOf(data, code));
  };
  const chooseHit = (hit: SearchHit) => {
    if (hit.kind === 'CLUSTER') return setCluster(hit.id);
    if (hit.kind === 'PROJECT') {
      setSelection({ kind: 'project', id: hit.id });
      const feature = data?.sources.projects.features.find((f) => f.properties?.id === hit.id);
      return flyTo(
        feature?.geometry.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : undefined,
      );
    }
    if (hit.zoneCode) showZone(hit.zoneCode);
  };
  const choice = targets.find((c) => c.metric === state.choropleth);
  // A zone a link names but the plan does not have: said so, rather than a panel that fails to load.
  const unknownZone = selection?.kind === 'zone' && data && !data.zones.some((z) => z.code === selection.id);
  const close = () => setSelection(null);
  return (
    <>
      <TitleBar onLocale={state.setLocale} />
      <SearchBox onChoose={chooseHit} />
      <ClusterPanel
        clusters={data?.clusters ?? []}
        selected={state.cluster}
        onSelect={setCluster}
        onShowMembership={() => state.setShowMatrix((open) => !open)}
      />
      <LayerPanel
        visible={state.visible}
        onToggle={state.toggleLayer}
        choropleth={choice ? (locale === 'en' ? choice.labelEn : choice.label) : null}
        zoneKey={
          state.colouring ? (
            <ZoneColourKey
              overlays={overlays}
              round={state.colouring.kind === 'rank' ? state.colouring.round : null}
            />
          ) : null
        }
      />
      {data ? (
        <FilterBar
          zones={data.zones}
          filter={state.filter}
          onFilter={state.setFilter}
          targets={targets}
          choropleth={state.choropleth}
          onChoropleth={state.setChoropleth}
          colouring={state.colouring}
          onColouring={state.setColouring}
          comparison={state.comparison}
          onComparison={state.setComparison}
          shown={{
            count: drawn.length,
            investmentYi: drawn.reduce((sum, { project }) => sum + project.investmentYi, 0),
          }}
        />
      ) : null}
      {state.showMatrix && data ? (
        <MembershipMatrix
          zones={data.zones}
          clusters={data.clusters}
          selectedCluster={state.cluster}
          onSelectCluster={setCluster}
          onSelectZone={showZone}
          onClose={() => state.setShowMatrix(false)}
        />
      ) : null}
      {unknownZone && data ? (
        <NoSuchZone
          code={selection.id}
          zones={data.zones}
          onChoose={showZone}
          onShowAll={() => {
            close();
            state.setShowMatrix(true);
          }}
          onClose={close}
        />
      ) : null}
      {selection?.kind === 'zone' && !unknownZone && data ? (
        <ZoneDetail code={selection.id} onClose={close} />
      ) : null}
      {selection?.kind === 'project' ? (
        <ProjectDetail id={selection.id} onClose={close} onShowZone={showZone} />
      ) : null}
      {selection?.kind === 'relocation' ? (
        <RelocationDetail id={selection.id} onClose={close} onShowZone={showZone} />
      ) : null}
      {isWorks(selection) ? (
        <WorksDetail selection={selection} onClose={close} onShowZone={showZone} />
      ) : null}
      {/* The comparison's list takes the detail panel's place while no feature is open. */}
      {state.comparison && overlays.changes && !selection && data ? (
        <ComparePanel
          comparison={state.comparison}
          changes={overlays.changes}
          zones={data.zones}
          onClose={() => state.setComparison(null)}
          onShowProject={(id) => setSelection({ kind: 'project', id })}
        />
      ) : null}
      {loaded.opening?.warning ? <p role="status">{loaded.opening.warning}</p> : null}
      {loaded.unreachable ? <UnreachableNotice fetchedAt={data ? loaded.fetchedAt : null} /> : null}
    </>
  );
}
