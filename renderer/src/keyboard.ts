import type { ReviewStatus } from '../../shared/schema';

export type DeskCommand =
  | { type: 'move'; step: 1 | -1 }
  | { type: 'review'; status: ReviewStatus };

const reviewKeys: Record<string, ReviewStatus> = { v: 'verified', f: 'flagged', x: 'rejected', u: 'unreviewed' };

/** True when a key press belongs to a text field: no shortcut fires while the user types. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): DeskCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  if (e.key === 'j' || e.key === 'ArrowDown') return { type: 'move', step: 1 };
  if (e.key === 'k' || e.key === 'ArrowUp') return { type: 'move', step: -1 };
  const status = reviewKeys[e.key];
  return status ? { type: 'review', status } : null;
}
