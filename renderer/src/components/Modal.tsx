import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden], [inert]') && el.getAttribute('aria-hidden') !== 'true');
}

/**
 * What every modal sheet does: it opens scrolled to its top (its heading in view), focuses its first
 * control (or `initial`) without scrolling to it, and keeps Tab / Shift+Tab inside itself, wrapping at
 * either end; focus that lands outside (the body, the desk behind) is brought back. Closed, it hands
 * the focus back to what had it before it opened (the claim in the list, the top bar's button), unless
 * something else took the focus meanwhile: the editor carries on where they were, not from the body.
 */
export function useModalSheet(sheet: RefObject<HTMLElement | null>, initial?: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = sheet.current;
    if (!root) return;
    const before = document.activeElement instanceof HTMLElement && document.activeElement !== document.body && !root.contains(document.activeElement) ? document.activeElement : null;
    const first = initial?.current ?? root.querySelector<HTMLElement>('[autofocus], input, select, textarea, button');
    first?.focus({ preventScroll: true });
    root.scrollTop = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return;
      const list = focusables(root);
      if (list.length === 0) return;
      const active = document.activeElement as HTMLElement | null;
      const inside = active !== null && root.contains(active);
      const at = inside ? list.indexOf(active) : -1;
      let next: HTMLElement | undefined;
      if (!inside) next = e.shiftKey ? list[list.length - 1] : list[0];
      else if (e.shiftKey && at <= 0) next = list[list.length - 1];
      else if (!e.shiftKey && at === list.length - 1) next = list[0];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    };
    const onFocusIn = (e: FocusEvent) => {
      const target = e.target as Node | null;
      // Focus that leaves for the desk behind comes back; another dialog on top keeps its own.
      if (target && !root.contains(target) && !(target as Element).closest?.('[aria-modal="true"]')) focusables(root)[0]?.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn);
      const active = document.activeElement;
      const lost = active === null || active === document.body || root.contains(active) || !active.isConnected;
      if (lost && before?.isConnected && !before.closest('[inert], [hidden]')) before.focus({ preventScroll: true });
    };
  }, [sheet, initial]);
}

/** A modal overlay: above the top bar, dimming everything behind it, focus kept inside. */
export function Modal({ label, children, className = 'sheet', testId, initial }: { label: string; children: ReactNode; className?: string; testId?: string; initial?: RefObject<HTMLElement | null> }) {
  const ref = useRef<HTMLDivElement>(null);
  useModalSheet(ref, initial);
  // In document.body: no pane's stacking context can put the top bar above it.
  return createPortal(
    <div className="overlay" role="dialog" aria-modal="true" aria-label={label} data-testid={testId}>
      <div className={className} ref={ref}>
        {children}
      </div>
    </div>,
    document.body,
  );
}
