// @vitest-environment happy-dom
// The desk's first screen: the findings panel's first page is asked for right behind the library's
// first window, not one round trip after the desk is interactive (issue 9: the findings panel on
// screen < 300 ms at 10,000 articles) — and only once.
import { render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import { bootDesk, sample } from './helpers/desk';

const daNang = (outlet: string, value: string, day: string) =>
  buildDocument(
    `Du lịch Đà Nẵng năm 2023\n\n${outlet} ${day}/01/2024\n\nNăm 2023, tổng thu du lịch của thành phố Đà Nẵng đạt ${value} tỷ đồng.`,
    `${outlet}.txt`,
    `2024-01-${day}T08:00:00.000Z`,
  );

describe('the first screen', () => {
  it('asks for the first findings page behind the library window, before that window is answered, and once', async () => {
    const booted = await bootDesk({ docs: [sample().bacGiang, daNang('Báo Đà Nẵng', '30.500', '08'), daNang('Tuổi Trẻ', '28.000', '10')] });
    const { served } = booted;
    await served.service.analyze();
    // The library's first window is held: the desk is not interactive until it is answered.
    const articlePage = served.api.articlePage.bind(served.api);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let answered = false;
    served.api.articlePage = async (input) => {
      await held;
      answered = true;
      return articlePage(input);
    };
    render(createElement(booted.r.App));
    await waitFor(() => expect(served.callsTo('listFindings').length).toBeGreaterThan(0));
    const order = served.calls.map((c) => c.method);
    // Asked after the library's calls (the service answers in the order asked: the library first)…
    expect(order.indexOf('listFindings')).toBeGreaterThan(order.indexOf('articlePage'));
    expect(order.indexOf('listFindings')).toBeGreaterThan(order.indexOf('getWorkspaceInfo'));
    // …and while the library window is still unanswered (init, and so the interactive desk, waits for it).
    expect(answered).toBe(false);
    expect(served.callsTo('listFindings')[0]).toMatchObject({ show: 'open', offset: 0 });
    release();
    // The library comes up, and the panel lists the open finding (the two outlets' revenue).
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await waitFor(() => expect(document.querySelectorAll('.finding-item').length).toBeGreaterThan(0));
    // The first page was asked for once: the interactive desk does not ask again.
    expect(served.callsTo('listFindings').filter((q) => q.offset === 0 && q.claimId === undefined)).toHaveLength(1);
  });
});
