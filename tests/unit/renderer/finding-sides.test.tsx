// @vitest-environment happy-dom
import { join } from 'node:path';
import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { formatDate } from '../../../shared/i18n';
import { seedsDir, tempDir } from '../helpers';
import { bootDesk } from './helpers/desk';

describe('a finding comparison', () => {
  it('gives a span of text (no claim) the same outlet · date · status line as a claim side', async () => {
    // The seeds' elapsed-time finding: "Sau 4 năm" counted from the span "Ngày 11/6/2021" (QA-ui note n).
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(await tempDir(), 'ws.json')), seedsDir, defaultReviewer: 'Lan' });
    const finding = (await service.listFindings()).find((x) => (x.facts as { rule?: string } | null)?.rule === 'elapsed-years');
    if (!finding) throw new Error('no elapsed-years finding on the seeds');
    const detail = await service.getFinding(finding.id);
    const span = detail.spans.find((sp) => sp.quote === 'Ngày 11/6/2021');
    if (!span?.publishedAt) throw new Error('span without its article date');

    await bootDesk();
    const { FindingView } = await import('../../../renderer/src/features/findings/FindingView');
    const { container } = render(<FindingView detail={detail} />);
    const cards = [...container.querySelectorAll<HTMLElement>('.sides > .side')];
    expect(cards.length).toBeGreaterThanOrEqual(2);
    const spanCard = cards.find((c) => c.querySelector('blockquote')?.textContent === 'Ngày 11/6/2021');
    if (!spanCard) throw new Error('no card for the span');
    const meta = within(spanCard).getByText((_, el) => el?.classList.contains('meta') ?? false);
    expect(meta.textContent).toBe([span.outlet, formatDate(span.publishedAt, 'vi'), 'Chưa là nhận định'].filter(Boolean).join(' · '));
    // Every card has that line.
    for (const card of cards) expect(card.querySelector('.meta')?.textContent).toMatch(/ · /);
  });
});
