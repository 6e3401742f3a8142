// @vitest-environment happy-dom
// Every action that commits goes through one in-flight path: an undo or redo pressed while such an
// action is still being saved waits for it, so it steps back the action the editor saw last.
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import type { WorkspaceStore } from '../../../electron/store/port';
import { bootDesk, openInStore, sample } from './helpers/desk';

/** Commits take as long as a write and its fsync on a real disk: the service awaits each one. */
function diskPaced(store: WorkspaceStore, ms = 30): void {
  const commit = store.commit.bind(store);
  store.commit = async (request) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return commit(request);
  };
}

const daNang = (outlet: string, value: string, day: string) =>
  buildDocument(
    `Du lịch Đà Nẵng năm 2023\n\n${outlet} ${day}/01/2024\n\nNăm 2023, tổng thu du lịch của thành phố Đà Nẵng đạt ${value} tỷ đồng.`,
    `${outlet}.txt`,
    `2024-01-${day}T08:00:00.000Z`,
  );

async function deskWithConflict() {
  const booted = await bootDesk({ docs: [sample().bacGiang, daNang('Báo Đà Nẵng', '30.500', '08'), daNang('Tuổi Trẻ', '28.000', '10')] });
  await openInStore(booted.r, booted.data.bacGiang.article.id, booted.data.grdp.id);
  diskPaced(booted.store);
  const { useFindings } = await import('../../../renderer/src/store/findings');
  await booted.served.service.analyze();
  const finding = (await booted.served.service.listFindings()).find((f) => f.status === 'open' && f.type === 'conflict');
  if (!finding) throw new Error('no open finding in the sample');
  return { ...booted, useFindings, finding, desk: () => booted.r.useDesk.getState() };
}

describe('the in-flight path', () => {
  it('an undo pressed right after resolving a finding with reviews undoes those reviews, not the review before', async () => {
    const { served, data, useFindings, finding, desk } = await deskWithConflict();
    const right = finding.claimIds[0]!;
    expect(await act(() => desk().review(data.grdp.id, { status: 'verified' }))).toBe(true);
    // "Resolve, mark the right one verified", then Ctrl+Z at once: the decision is still on its way.
    const deciding = useFindings.getState().decide({ findingId: finding.id, decision: 'resolve', rightClaimId: right, applyReviews: true });
    expect(desk().saveState).toBe('saving');
    await act(() => desk().undo());
    expect(await deciding).toBe(true);
    // The undo stepped back the decision's review; the earlier verify stands.
    expect(served.statusOf(right)).toBe('unreviewed');
    expect(served.statusOf(data.grdp.id)).toBe('verified');
    expect(desk()).toMatchObject({ canUndo: true, canRedo: true });
  });

  it('a decision is an undo step: a dismissal offers its undo (and a new action clears the redo), and Ctrl+Z reopens the finding', async () => {
    const { data, useFindings, finding, desk } = await deskWithConflict();
    expect(await act(() => desk().review(data.grdp.id, { status: 'verified' }))).toBe(true);
    await act(() => desk().undo());
    expect(desk()).toMatchObject({ canUndo: false, canRedo: true });
    expect(await act(() => useFindings.getState().decide({ findingId: finding.id, decision: 'dismiss', note: 'khác phạm vi' }))).toBe(true);
    expect(desk()).toMatchObject({ canUndo: true, canRedo: false, saveState: 'saved' });
    await act(() => desk().undo());
    await act(() => useFindings.getState().openFinding(finding.id));
    expect(useFindings.getState().detail?.finding.status).toBe('open');
  });
});
