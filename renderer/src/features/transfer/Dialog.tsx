import type { ReactNode } from 'react';
import { Modal } from '../../components/Modal';

/** A modal panel that takes focus when it opens and keeps it; Esc is handled by the desk's keyboard map. */
export function Dialog({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Modal label={label} className={`sheet${wide ? ' wide' : ''}`}>
      <h2>{label}</h2>
      {children}
    </Modal>
  );
}
