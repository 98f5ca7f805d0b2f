/**
 * Every map layer and source by name. Layers and code refer to them through these objects, so a
 * renamed or misspelt id is a compile error rather than a layer that silently never answers.
 */
export const LAYER = {
  background: 'background',
  countyFill: 'county-fill',
  river: 'river',
  countyLine: 'county-line',
  cityOutline: 'city-outline',
  countyLabel: 'county-label',
  zoneFill: 'zone-fill',
  zoneLine: 'zone-line',
  zoneMarker: 'zone-marker',
  zoneLabel: 'zone-label',
  road: 'road',
  gridLine: 'grid-line',
  gridSubstation: 'grid-substation',
  projectCluster: 'project-cluster',
  project: 'project',
  projectClusterLabel: 'project-cluster-label',
  projectLabel: 'project-label',
  village: 'village',
  relocationFlow: 'relocation-flow',
  relocationCommunity: 'relocation-community',
  relocationFlowLabel: 'relocation-flow-label',
  facility: 'facility',
  facilityOther: 'facility-other',
  roadLate: 'road-late',
  roadLateMark: 'road-late-mark',
  gridLate: 'grid-late',
  gridLateMark: 'grid-late-mark',
  facilityLateMark: 'facility-late-mark',
  villageLateMark: 'village-late-mark',
  changeMark: 'change-mark',
} as const;
export type LayerId = (typeof LAYER)[keyof typeof LAYER];

export const SOURCE = {
  counties: 'counties',
  countyLabels: 'countyLabels',
  cityOutline: 'cityOutline',
  rivers: 'rivers',
  zones: 'zones',
  zoneLabels: 'zoneLabels',
  projects: 'projects',
  roads: 'roads',
  grid: 'grid',
  facilities: 'facilities',
  villages: 'villages',
  communities: 'communities',
  relocationFlows: 'relocationFlows',
  lateWorks: 'lateWorks',
  changes: 'changes',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** The layers a leader switches on and off (the layer panel's rows, the link's `hide=`). */
export const SWITCHABLE_IDS = [
  'counties',
  'rivers',
  'zones',
  'projects',
  'roads',
  'grid',
  'facilities',
  'relocation',
] as const;
export type SwitchableId = (typeof SWITCHABLE_IDS)[number];
