/**
 * Where the tour stands: 0 is the overview (the board and the plan's progress), 1…n the zones in
 * rank order. A presenter's clicker sends PageDown/PageUp; a keyboard, the arrows and space.
 */
export type TourKey = 'next' | 'previous' | 'overview';

const KEYS: Record<string, TourKey> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  ArrowUp: 'previous',
  Escape: 'overview',
};

/**
 * The tour step a key asks for, or null for a key the tour ignores. On a focused control (`onControl`)
 * space and Enter press the control, as they do everywhere, and do not move the tour.
 */
export function tourKey(key: string, onControl = false): TourKey | null {
  if (onControl && (key === ' ' || key === 'Enter')) return null;
  return KEYS[key] ?? null;
}

/** Whether a key event's target is a control that space presses: a button, link or form field. */
export function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('button, a[href], input, select, textarea, summary') !== null
  );
}

/** The next position: forward past the last zone returns to the overview, and back from it to the last. */
export function step(position: number, stops: number, key: TourKey): number {
  if (key === 'overview' || stops === 0) return 0;
  const length = stops + 1;
  return key === 'next' ? (position + 1) % length : (position - 1 + length) % length;
}
