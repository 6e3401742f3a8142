// @vitest-environment happy-dom
// QA62: in Hà Nội (UTC+7) the history shows each action at its local time, but "Từ ngày / Đến ngày"
// filtered by the UTC day: 8/3/2024 to 8/3/2024 left out a verification shown "8/3/2024 06:30" and
// showed one of "9/3/2024 01:00".
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryQuery } from '../../../shared/ipc/contract';
import type { AuditEvent } from '../../../shared/schema';
import { bootDesk } from './helpers/desk';

const tzBefore = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
});
afterEach(() => {
  process.env.TZ = tzBefore;
  if (tzBefore === undefined) delete process.env.TZ;
});

const event = (seq: number, when: string, quote: string): AuditEvent => ({
  seq,
  who: 'Lan',
  when,
  action: 'review.verified',
  target: `claim-${seq}`,
  before: { claimId: `claim-${seq}`, status: 'unreviewed', quote },
  after: { claimId: `claim-${seq}`, status: 'verified', quote },
  prevHash: '',
  hash: String(seq),
});

describe('workspace history: the day filters read days as the history shows them (local time)', () => {
  it('8/3/2024 → 8/3/2024 lists the action of 8/3/2024 06:30 in Hà Nội, not the one of 9/3/2024 01:00', async () => {
    const events = [event(1, '2024-03-06T10:00:00.000Z', 'trước'), event(2, '2024-03-07T23:30:00.000Z', 'sáng sớm'), event(3, '2024-03-08T18:00:00.000Z', 'nửa đêm')];
    const booted = await bootDesk();
    // The service's own filter, over these actions.
    const { listHistory } = await import('../../../electron/services/historyView');
    const ws = { auditLog: events, claims: [], findings: [], articles: [], detached: [] } as unknown as Parameters<typeof listHistory>[0];
    vi.spyOn(booted.served.api, 'listHistory').mockImplementation(async (q: HistoryQuery) => ({ ok: true, value: listHistory(ws, new Map(), q) }) as never);
    const user = userEvent.setup();
    render(<booted.r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await user.click(screen.getByRole('button', { name: 'Lịch sử' }));
    const view = await screen.findByTestId('history-view');
    await waitFor(() => expect(within(view).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3));
    expect(view.textContent).toContain('8/3/2024 06:30');
    expect(view.textContent).toContain('9/3/2024 01:00');

    await user.type(view.querySelector('input[name="historyFrom"]') as HTMLInputElement, '8/3/2024');
    await user.type(view.querySelector('input[name="historyTo"]') as HTMLInputElement, '8/3/2024');
    await waitFor(() => expect(view.textContent).not.toContain('6/3/2024 17:00'));
    await waitFor(() => expect(view.textContent).not.toContain('9/3/2024 01:00'));
    expect(view.textContent).toContain('8/3/2024 06:30');
  });
});
