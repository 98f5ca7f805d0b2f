import type { Actor, Loaders, ReportingSettings, SignedIn } from '@atlas/core';
import type { AtlasDb } from '@atlas/db';
import type { GeometryCache } from './geometry-cache';

/**
 * What a resolver may tell the HTTP layer about its answer and the caller's sign-in: the session
 * cookie to set or clear, and that the answer must not be cached.
 */
export interface SessionControls {
  /** How long a new session lasts (ATLAS_SESSION_HOURS). */
  readonly hours: number;
  /** The caller's address, for the sign-in throttle. */
  readonly address: string | null;
  /** The user's session or access token the caller came with, if any. */
  readonly signedIn: SignedIn | null;
  /** Whether the caller came with the browser's cookie (so sign-out also clears it). */
  readonly viaCookie: boolean;
  /** Sets the session cookie on the answer. */
  setCookie(token: string, expiresAt: Date): void;
  /** Tells the browser to forget its session cookie. */
  clearCookie(): void;
  /** The answer depends on something that moves without a data version (a token's last use). */
  uncacheable(): void;
}

/** Per request: the database, the caller, batching loaders, and the data version the answer is for. */
export interface ApiContext {
  readonly db: AtlasDb;
  readonly actor: Actor;
  readonly loaders: Loaders;
  readonly geometries: GeometryCache;
  readonly dataVersion: () => Promise<number>;
  readonly requestId: string;
  /** When monthly reports are due (ATLAS_REPORT_DEADLINE_DAY). */
  readonly reporting: ReportingSettings;
  readonly session: SessionControls;
}
