import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedEntries } from '../../../shared/analysis/caches';
import { openForWriting } from '../../../electron/services/open';
import { seedsDir, tempDir } from '../helpers';

/**
 * The analysis's module-level memos are emptied when the last workspace service of the process
 * closes (issue 9: a closed 10,000-article workspace left them holding gigabytes in the service host),
 * not while another one is still open; emptied, they change no result.
 */
describe('the analysis memos after a close', { timeout: 120_000 }, () => {
  const comparable = (findings: { id: string; type: string; claimIds: string[] }[]) => findings.map((f) => [f.id, f.type, f.claimIds.join(',')].join(' ')).sort();

  it('are emptied by the last service to close, and refill to the same findings', async () => {
    const first = await openForWriting(join(await tempDir(), 'ws'), { seedsDir, defaultReviewer: 'Lan' });
    await first.settled();
    await first.analyze();
    const found = comparable(await first.listFindings());
    expect(found.length).toBeGreaterThan(0);
    expect(cachedEntries()).toBeGreaterThan(0);

    const second = await openForWriting(join(await tempDir(), 'ws'), { seedsDir, defaultReviewer: 'Minh' });
    await second.settled();
    await first.close();
    // Another workspace is still open: its memos stay.
    expect(cachedEntries()).toBeGreaterThan(0);
    await second.close();
    expect(cachedEntries()).toBe(0);

    const third = await openForWriting(join(await tempDir(), 'ws'), { seedsDir, defaultReviewer: 'Hoa' });
    await third.settled();
    await third.analyze();
    expect(comparable(await third.listFindings())).toEqual(found);
    expect(cachedEntries()).toBeGreaterThan(0);
    await third.close();
    expect(cachedEntries()).toBe(0);
  });
});
