import type { Actor } from '../actor';
import { type ProvenanceInput, writtenProvenance } from '../write-checks';

/** The provenance columns a planner's write sets: the record's, and its geometry's when it sent one. */
export function writtenSourceColumns(
  actor: Actor,
  input: ProvenanceInput | null | undefined,
  geometryChanged: boolean,
) {
  const p = writtenProvenance(actor, input);
  return {
    sourceKind: p.kind,
    sourceCitation: p.citation,
    ...(geometryChanged ? { geometrySourceKind: p.kind, geometrySourceCitation: p.citation } : {}),
  };
}

/** For a patch: provenance changes only when the planner sent one or moved the geometry. */
export function patchedSourceColumns(
  actor: Actor,
  input: ProvenanceInput | null | undefined,
  geometryChanged: boolean,
) {
  if (!input && !geometryChanged) return {};
  const p = writtenProvenance(actor, input);
  return {
    ...(input ? { sourceKind: p.kind, sourceCitation: p.citation } : {}),
    ...(geometryChanged ? { geometrySourceKind: p.kind, geometrySourceCitation: p.citation } : {}),
  };
}
