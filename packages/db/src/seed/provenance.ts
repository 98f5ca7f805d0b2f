import type { Provenance } from '@atlas/data';

/** Provenance as the tables store it. */
export const source = (p: Provenance) => ({ sourceKind: p.kind, sourceCitation: p.citation });
export const geometrySource = (p: Provenance) => ({
  geometrySourceKind: p.kind,
  geometrySourceCitation: p.citation,
});
