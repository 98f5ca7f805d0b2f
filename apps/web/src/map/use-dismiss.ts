'use client';

import { type RefObject, useEffect } from 'react';

/**
 * For a panel that opens over the map: focus moves into it when it opens, Esc closes it, and focus
 * goes back to where it was (the search box, the matrix button) when it closes.
 *
 * @example
 * const panel = useRef<HTMLElement>(null);
 * useDismiss(panel, onClose);
 * return <section ref={panel} tabIndex={-1}>…</section>;
 */
export function useDismiss(panel: RefObject<HTMLElement | null>, onClose: () => void): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.focus({ preventScroll: true });
    return () => {
      if (before?.isConnected && !panel.current?.contains(before)) before.focus({ preventScroll: true });
    };
  }, [panel]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
}
