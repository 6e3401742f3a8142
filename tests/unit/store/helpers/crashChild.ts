// A writer that commits as fast as it can and prints each acknowledged commit, until it is killed.
// Used by the crash test and the soak script: argv[2] = workspace folder.
import { openWorkspaceStore } from '../../../../electron/store/open';
import type { Review } from '../../../../shared/schema';

const folder = process.argv[2] as string;
const store = await openWorkspaceStore(folder, { mode: 'write', checkpointAfter: { commits: 15, bytes: 256 * 1024 } });
let n = (await store.counts()).reviews;
process.stdout.write('ready\n');
for (;;) {
  const claimId = `c_${n}`;
  const review: Review = {
    claimId,
    status: n % 3 === 0 ? 'flagged' : 'verified',
    correctedValue: null,
    correctedText: null,
    // Now and then a big line, so kills land in the middle of writing one.
    note: n % 7 === 0 ? 'ghi chú dài '.repeat(4000) : `kiểm tra ${n}`,
    evidence: [],
    reviewer: 'crash',
    updatedAt: new Date().toISOString(),
  };
  const at = review.updatedAt;
  await store.commit({
    action: 'review.verified',
    who: 'crash',
    at,
    changes: [{ table: 'reviews', id: claimId, before: null, after: review }],
    audit: [{ who: 'crash', when: at, action: 'review.verified', target: claimId, before: null, after: { status: review.status } }],
    undo: { kind: 'push', limit: 50 },
  });
  process.stdout.write(`ack ${claimId}\n`);
  n++;
}
