import { describe, expect, it } from 'vitest';
import { openReadOnly } from '../../../electron/services/open';
import type { Review } from '../../../shared/schema';
import { claimByQuote, workspaceWithArticle } from './fixture';
import { cli } from './helpers';

describe('CLI: $CROSSCHECK_REVIEWER on a workspace file', { timeout: 180_000 }, () => {
  it('records the named editor on the review and its audit event, and leaves the settings name as it was', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const claim = claimByQuote(claims, '42,13%');
    const set = await cli(['settings', 'set', 'reviewerName', 'Hà', '--workspace', ws, '--silent']);
    expect(set.code, set.stderr).toBe(0);

    const run = await cli(['review', claim.id, '--status', 'verified', '--workspace', ws, '--silent'], { env: { CROSSCHECK_REVIEWER: '  Lan ' } });
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Review).reviewer).toBe('Lan');

    // Without it, the workspace's own reviewer name acts.
    const plain = await cli(['review', claim.id, '--status', 'flagged', '--workspace', ws, '--silent'], { env: { CROSSCHECK_REVIEWER: undefined } });
    expect(plain.code, plain.stderr).toBe(0);
    expect((JSON.parse(plain.stdout) as Review).reviewer).toBe('Hà');

    const service = await openReadOnly(ws);
    try {
      const events = await service.getHistory({ claimId: claim.id });
      expect(events.map((e) => [e.action, e.who])).toEqual([
        ['review.verified', 'Lan'],
        ['review.flagged', 'Hà'],
      ]);
      expect((await service.info()).settings.reviewerName).toBe('Hà');
    } finally {
      await service.close();
    }
  });

  it('names the editor of a workspace it creates', async () => {
    const { ws } = await workspaceWithArticle();
    const created = `${ws}-new`;
    const run = await cli(['import', `${ws}/../bai.txt`, '--workspace', created, '--silent'], { env: { CROSSCHECK_REVIEWER: 'Lan' } });
    expect(run.code, run.stderr).toBe(0);
    const service = await openReadOnly(created);
    try {
      expect((await service.info()).settings.reviewerName).toBe('Lan');
      const page = await service.listHistory({});
      expect(page.events.length).toBeGreaterThan(0);
      expect(new Set(page.events.map((e) => e.who))).toEqual(new Set(['Lan']));
    } finally {
      await service.close();
    }
  });
});
