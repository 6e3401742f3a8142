// @vitest-environment happy-dom
// The first screen's reads sent ahead by the renderer's entry (renderer/src/firstScreen.ts, issue 9:
// time to interactive): they leave before the desk renders, the desk's first load takes each answer
// once instead of asking again, and an answer not taken is never handed to a later call.
import { render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

const firstScreen = () => import('../../../renderer/src/firstScreen');

describe('the first screen read ahead', () => {
  it('leaves before the desk renders, and the desk asks for none of it again', async () => {
    const booted = await bootDesk();
    const { served } = booted;
    const { sendFirstScreen } = await firstScreen();
    sendFirstScreen();
    // Sent at once, before any React code ran: the settings, the library's first window, the findings' first page and counts.
    expect(served.calls.map((c) => c.method)).toEqual(['getWorkspaceInfo', 'articlePage', 'listFindings', 'getSummary']);
    render(createElement(booted.r.App));
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await waitFor(() => expect(booted.r.useDesk.getState().rowsLoaded).toBe(true));
    // The desk came up on the answers sent ahead: each first-screen read was made once.
    expect(served.callsTo('getWorkspaceInfo')).toHaveLength(1);
    expect(served.callsTo('articlePage').filter((q) => q.offset === 0)).toHaveLength(1);
    expect(served.callsTo('listFindings').filter((q) => q.offset === 0 && q.claimId === undefined)).toHaveLength(1);
  });

  it('hands an answer to one call only, never one with another input, and none once the desk is interactive', async () => {
    const { served } = await bootDesk();
    const { sendFirstScreen, firstScreenCall, endFirstScreen } = await firstScreen();
    sendFirstScreen();
    expect(served.callsTo('getWorkspaceInfo')).toHaveLength(1);
    const info = await firstScreenCall('getWorkspaceInfo', {});
    expect(info.ok).toBe(true);
    expect(served.callsTo('getWorkspaceInfo')).toHaveLength(1);
    // Taken once: the next call asks the service.
    await firstScreenCall('getWorkspaceInfo', {});
    expect(served.callsTo('getWorkspaceInfo')).toHaveLength(2);
    // Another input (the findings shown: every one, not the open ones) is not the answer sent ahead.
    await firstScreenCall('listFindings', { show: 'all', offset: 0, limit: 40 });
    expect(served.callsTo('listFindings')).toHaveLength(2);
    // Interactive: what was not taken is dropped, so a later call reads the workspace as it is then.
    endFirstScreen();
    await firstScreenCall('articlePage', { offset: 0, limit: 200 });
    expect(served.callsTo('articlePage')).toHaveLength(2);
  });
});
