// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

/** The findings panel writes its counts as the rest of the desk does: "1.234" in Vietnamese, "1,234" in English. */
describe('findings panel counts', () => {
  it('are written in the locale number format, in the counts line and in "Đang hiện …/…"', async () => {
    const { r } = await bootDesk();
    const { FindingsPanel } = await import('../../../renderer/src/features/findings/FindingsPanel');
    const { useFindings } = await import('../../../renderer/src/store/findings');
    useFindings.setState({ findings: [], total: 1500, counts: { open: 1234, resolved: 5, dismissed: 12000, signature: 'x' } });
    r.useDesk.setState({ lang: 'vi' });
    const { unmount } = render(<FindingsPanel />);
    expect(screen.getByTestId('findings-counts').textContent).toMatch(/^1\.234 \S.*· 5 .*· 12\.000 /u);
    expect(screen.getByTestId('findings-shown').textContent).toContain('0/1.500');
    unmount();
    r.useDesk.setState({ lang: 'en' });
    render(<FindingsPanel />);
    expect(screen.getByTestId('findings-counts').textContent).toMatch(/^1,234 .*12,000 /u);
    expect(screen.getByTestId('findings-shown').textContent).toContain('0/1,500');
  });
});
