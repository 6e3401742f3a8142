// @vitest-environment happy-dom
import { act, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../shared/i18n/labels';
import { bootDesk, claimByQuote, openInStore, sample } from './helpers/desk';
import { createDeskApi } from './helpers/deskApi';

/** The detail of "42,13%" in the given UI language, with a form open. */
async function formOf(lang: Lang, mode: 'correct' | 'edit') {
  const booted = await bootDesk();
  const { r, data } = booted;
  await openInStore(r, data.bacGiang.article.id, data.grdp.id);
  act(() => {
    r.useDesk.setState({ lang });
    r.useDesk.getState().setDetailMode(mode);
  });
  render(<r.ClaimDetail />);
  return { ...booted, user: userEvent.setup(), input: (name: string) => document.querySelector(`input[name="${name}"]`) as HTMLInputElement };
}

describe('typed numbers are read in the UI language', () => {
  const cases: Array<[Lang, string, number]> = [
    ['en', '1,891', 1891],
    ['en', '42.13', 42.13],
    ['vi', '1.891', 1891],
    ['vi', '42,13', 42.13],
  ];
  for (const [lang, typed, value] of cases) {
    it(`correction form (${lang}): "${typed}" is ${value}`, async () => {
      const { served, user, input, data } = await formOf(lang, 'correct');
      await user.type(input('correctedValue'), `${typed}{Enter}`);
      expect(served.callsTo('reviewClaim')).toMatchObject([{ claimId: data.grdp.id, status: 'corrected', correctedValue: value }]);
    });

    it(`claim facts form (${lang}): value and total "${typed}" are ${value}`, async () => {
      const { served, user, input, data } = await formOf(lang, 'edit');
      await user.clear(input('value'));
      await user.type(input('value'), typed);
      await user.type(input('total'), `${typed}{Enter}`);
      expect(served.callsTo('editClaim')).toMatchObject([{ claimId: data.grdp.id, fields: { value, total: value } }]);
    });
  }
});

describe('review actions carry the version of the review they were decided from (seen)', () => {
  it('sends null for a claim never reviewed, then the version its own last save left', async () => {
    const { r, served, data } = await formOf('vi', 'correct');
    act(() => r.useDesk.getState().setDetailMode('view'));
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'verified' }));
    const first = served.ws.reviews.get(data.grdp.id);
    expect(first?.status).toBe('verified');
    await act(() => r.useDesk.getState().review(data.grdp.id, { status: 'rejected' }));
    expect(served.callsTo('reviewClaim').map((c) => c.seen)).toEqual([null, first?.updatedAt]);
  });

  it('chains quick actions on one claim: the second goes out with the version the first saved', async () => {
    const { r, served, data } = await formOf('vi', 'correct');
    const id = data.grdp.id;
    // Two actions without waiting (v, then a verdict while the verify is being saved).
    await act(async () => {
      const a = r.useDesk.getState().review(id, { status: 'verified' });
      const b = r.useDesk.getState().review(id, { status: 'verified', verdict: 'true' });
      await Promise.all([a, b]);
    });
    const calls = served.callsTo('reviewClaim');
    expect(calls).toHaveLength(2);
    expect(calls[0]?.seen).toBeNull();
    expect(calls[1]?.seen).not.toBeNull();
    // The verdict was decided from the verified review the first save stored.
    expect(served.ws.reviews.get(id)?.verdict).toBe('true');
    expect(calls[1]?.seen).not.toBe(served.ws.reviews.get(id)?.updatedAt);
  });

  it('sends the stored version of a review the desk was given when the article opened', async () => {
    const data = sample();
    const claim = claimByQuote(data.bacGiang, '209/209');
    const stored = { claimId: claim.id, status: 'flagged' as const, correctedValue: null, correctedText: null, note: null, evidence: [], verdict: null, flagReason: 'needs_source' as const, reviewer: 'Lan', updatedAt: '2024-03-01T09:00:00.000Z' };
    const booted = await bootDesk({ reviews: [stored] });
    await openInStore(booted.r, booted.data.bacGiang.article.id, claim.id);
    await act(() => booted.r.useDesk.getState().review(claim.id, { status: 'verified' }));
    expect(booted.served.callsTo('reviewClaim')).toMatchObject([{ claimId: claim.id, status: 'verified', seen: '2024-03-01T09:00:00.000Z' }]);
    expect(booted.served.statusOf(claim.id)).toBe('verified');
  });

  it('a review another editor replaced since is refused, and the desk then shows theirs', async () => {
    const data = sample();
    const claim = claimByQuote(data.bacGiang, '209/209');
    const booted = await bootDesk();
    await openInStore(booted.r, booted.data.bacGiang.article.id, claim.id);
    // Another editor flags the claim after this desk opened the article (same store, another caller).
    const other = await createDeskApi(booted.store);
    expect((await other.api.reviewClaim({ claimId: claim.id, status: 'flagged', flagReason: 'needs_source' })).ok).toBe(true);
    await act(() => booted.r.useDesk.getState().review(claim.id, { status: 'verified' }));
    expect(booted.served.callsTo('reviewClaim')).toMatchObject([{ claimId: claim.id, status: 'verified', seen: null }]);
    // Nothing overwritten; the desk re-reads the article and shows the other editor's flag.
    expect(booted.served.statusOf(claim.id)).toBe('flagged');
    await waitFor(() => expect(booted.r.useDesk.getState().reviews[claim.id]?.status).toBe('flagged'));
    expect(booted.r.useDesk.getState().saveState).toBe('failed');
    // The editor is told whose decision stands, and what it is.
    const flagged = booted.served.ws.reviews.get(claim.id)!;
    expect(flagged.reviewer).not.toBe('');
    expect(booted.r.useDesk.getState().error).toContain(flagged.reviewer);
    expect(booted.r.useDesk.getState().error).toContain('«Gắn cờ»');
    expect(booted.r.useDesk.getState().error).toMatch(/hãy giữ quyết định đó hoặc thực hiện lại/);
    // …and chooses: trying again now decides from their review (its version), so it goes through.
    await act(() => booted.r.useDesk.getState().failed[0]!.retry());
    expect(booted.served.callsTo('reviewClaim').at(-1)).toMatchObject({ claimId: claim.id, status: 'verified', seen: flagged.updatedAt });
    expect(booted.served.statusOf(claim.id)).toBe('verified');
    expect(booted.r.useDesk.getState().saveState).toBe('saved');
  });
});

describe('the facts form checks a value against its kind, as the service does', () => {
  it('refuses 9,5 for a streak with the same sentence as a correction, sends nothing, and takes a whole number', async () => {
    const { r, data, served } = await bootDesk();
    const streak = data.bacGiang.claims.find((c) => c.kind === 'streak');
    if (!streak) throw new Error('streak claim missing');
    await openInStore(r, data.bacGiang.article.id, streak.id);
    act(() => r.useDesk.getState().setDetailMode('edit'));
    render(<r.ClaimDetail />);
    const user = userEvent.setup();
    const value = document.querySelector('input[name="value"]') as HTMLInputElement;
    await user.clear(value);
    await user.type(value, '9,5{Enter}');
    expect(document.querySelector('.fields-form [role="alert"]')?.textContent).toBe('Độ dài chuỗi liên tiếp phải là một số nguyên dương, ví dụ 4.');
    expect(served.callsTo('editClaim')).toHaveLength(0);
    await user.clear(value);
    await user.type(value, '4{Enter}');
    expect(served.callsTo('editClaim')).toMatchObject([{ claimId: streak.id, fields: { kind: 'streak', value: 4 } }]);
  });
});
