import { useEffect, useRef, type ReactNode } from 'react';

/** A modal panel that takes focus when it opens; Esc is handled by the desk's keyboard map. */
export function Dialog({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('[autofocus], input, select, textarea, button');
    first?.focus();
  }, []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={label}>
      <div className={`sheet${wide ? ' wide' : ''}`} ref={ref}>
        <h2>{label}</h2>
        {children}
      </div>
    </div>
  );
}
