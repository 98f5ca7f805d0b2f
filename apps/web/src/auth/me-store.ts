'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { LogoutDocument, MeDocument, type MeQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';

/** The signed-in user as the API describes them (`me`), or null for a visitor. */
export type Me = NonNullable<MeQuery['me']>;

/** What the page knows of who is there: not yet asked, or the answer (null: nobody signed in). */
export type MeState = { readonly state: 'loading' } | { readonly state: 'ready'; readonly me: Me | null };

// One answer per page, shared by the header, the panels' history tabs and the report page, so a
// page with five panels asks the API once; signing in or out replaces it.
const LOADING: MeState = { state: 'loading' };
let current: MeState = LOADING;
let asking: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: MeState) {
  current = next;
  for (const listener of listeners) listener();
}

function ask(): Promise<void> {
  asking ??= request(MeDocument).then(
    ({ me }) => set({ state: 'ready', me }),
    // The API out of reach: the page carries on as for a visitor, which is what it can show, and
    // the next component to ask (a panel opened once it is back) asks again.
    () => {
      asking = null;
      set({ state: 'ready', me: null });
    },
  );
  return asking;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Who is signed in, asked of the API once per page.
 *
 * @example
 * const who = useMe();
 * if (who.state === 'ready' && who.me?.role === 'PLANNER') showReview();
 */
export function useMe(): MeState {
  useEffect(() => {
    void ask();
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => LOADING,
  );
}

/** After signing in elsewhere on the page: the user the API now knows. */
export function signedIn(me: Me): void {
  asking = Promise.resolve();
  set({ state: 'ready', me });
}

/**
 * Signs out: the API ends the session and clears its cookie; the page then shows a visitor's view.
 *
 * @example <button onClick={() => signOut()}>退出登录</button>
 */
export async function signOut(): Promise<void> {
  await request(LogoutDocument);
  asking = Promise.resolve();
  set({ state: 'ready', me: null });
}

/** Whether the user may read the audit log: planners and admins (the API enforces it too). */
export const readsHistory = (me: Me | null): boolean => me?.role === 'PLANNER' || me?.role === 'ADMIN';

/** Whether the user reviews reports rather than filling them in. */
export const reviewsReports = (me: Me | null): boolean => me?.role === 'PLANNER' || me?.role === 'ADMIN';
