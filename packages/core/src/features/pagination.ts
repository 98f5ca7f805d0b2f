import { badInput } from '../errors';

/** The most a page may hold: the map loads a year's projects (a few hundred) in one page. */
export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;

export interface PageRequest {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface Page<T> {
  readonly totalCount: number;
  readonly edges: { node: T; cursor: string }[];
  readonly pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

// Cursors are opaque to clients; inside they are a position in the stable (order, id) sequence.
const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('无效的分页游标 / after is not a cursor this API gave out');
  return Number(match[1]);
}

/** Checks a page request and turns it into limit and offset; refuses pages over {@link MAX_PAGE_SIZE}. */
export function pageWindow(request: PageRequest): { limit: number; offset: number } {
  const first = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(
      `每页最多 ${MAX_PAGE_SIZE} 条 / first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`,
    );
  }
  const offset = request.after ? decodeCursor(request.after) + 1 : 0;
  return { limit: first, offset };
}

export function toPage<T>(nodes: T[], offset: number, totalCount: number): Page<T> {
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor(offset + i) }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
