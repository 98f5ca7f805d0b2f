import { createLedgerLoaders, type LedgerLoaders } from '@atlas/core';
import type { ApiContext } from '../context';

const perRequest = new WeakMap<ApiContext, LedgerLoaders>();

/** The ledger's batching loaders for this request, made on first use so other requests pay nothing. */
export function ledgerLoaders(ctx: ApiContext): LedgerLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createLedgerLoaders(ctx.db);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
