import {
  type CoreContext,
  exportLayer,
  type LayerPage,
  type LayerQuery,
  layerDescription,
  layerExtent,
} from '@atlas/core';
import type { ExportRow } from '@atlas/exchange';
import { LRUCache } from 'lru-cache';
import type { OgcCollection } from './ogc-documents';
import { MAX_LIMIT } from './ogc-items-query';

/** A collection's names and extent, as its description shows them. */
export interface CollectionFacts {
  readonly layer: OgcCollection;
  readonly title: { readonly zh: string; readonly en: string };
  readonly extent: [number, number, number, number] | null;
}

/**
 * What `/collections` says of a layer, from core: its title (the export's words) and the extent of
 * its rows. Feature layers are open to every reader the site admits (`routeCaller` has judged the
 * caller); their rows still come through `exportLayer`, which applies any rule a layer has.
 */
export async function collectionFacts(ctx: CoreContext, layer: OgcCollection): Promise<CollectionFacts> {
  return { layer, title: layerDescription(layer).title, extent: await layerExtent(ctx, layer) };
}

export function itemsPage(ctx: CoreContext, layer: OgcCollection, query: LayerQuery): Promise<LayerPage> {
  return exportLayer(ctx, layer, query);
}

/** Rows all the layers' indexes may hold together: the whole atlas several times over. */
const INDEXED_ROWS = 100_000;

/**
 * One feature by id. Core's layer tables read by filter and page, not by id, so a layer is read
 * once a data version (in pages of {@link MAX_LIMIT}) into an index by id, kept for the caller's
 * identity: a client asking for feature after feature (GDAL's GetFeature, a QGIS identify) costs
 * one read of the layer, not one per feature, and a guessed id costs a lookup.
 */
export class ItemIndex {
  private readonly indexes = new LRUCache<string, Map<string, ExportRow>>({
    maxSize: INDEXED_ROWS,
    sizeCalculation: (index) => Math.max(1, index.size),
  });

  async find(ctx: CoreContext, layer: OgcCollection, id: string, scope: string): Promise<ExportRow | null> {
    const key = JSON.stringify([scope, layer]);
    let index = this.indexes.get(key);
    if (!index) {
      index = await readIndex(ctx, layer);
      this.indexes.set(key, index);
    }
    return index.get(id) ?? null;
  }
}

async function readIndex(ctx: CoreContext, layer: OgcCollection): Promise<Map<string, ExportRow>> {
  const index = new Map<string, ExportRow>();
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const page = await exportLayer(ctx, layer, { limit: MAX_LIMIT, offset });
    for (const row of page.rows) index.set(row.id, row);
    if (page.rows.length < MAX_LIMIT || offset + page.rows.length >= page.numberMatched) return index;
  }
}
