import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiEnv } from '../env';
import type { DataVersionSource } from './data-version-source';
import type { DatabaseHealth } from './database-health';
import type { ResponseCache } from './response-cache';
import type { RouteCallerDeps } from './route-caller';

/** What the routes beside /graphql (/export, /import, /ogc) are made with, once, by the server. */
export interface FileRouteDeps extends RouteCallerDeps {
  readonly env: ApiEnv;
  readonly cache: ResponseCache;
  readonly versions: DataVersionSource;
  readonly health: DatabaseHealth;
  readonly deadlineMs: number;
}

/** A route: answers `path` (without the query string) and `search` (without the '?'). */
export type FileRoute = (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  search: string,
) => Promise<void>;
