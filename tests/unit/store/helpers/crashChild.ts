// A writer that commits as fast as it can and prints each acknowledged commit, until it is killed.
// Used by the crash test and the soak script: argv[2] = workspace folder; argv[3] = 'content' for
// claim corrections in a lazily opened workspace (each claim's article read alone from its unparsed
// bucket, buckets parsed whole by the checkpoints), printing `ack <claim id> <value>`.
import { openWorkspaceStore } from '../../../../electron/store/open';
import type { Claim, Review } from '../../../../shared/schema';

const folder = process.argv[2] as string;
if (process.argv[3] === 'content') {
  const store = await openWorkspaceStore(folder, { mode: 'write', lazyContentAbove: 0, warmUp: false, checkpointAfter: { commits: 15, bytes: 256 * 1024 } });
  const articles = (await store.counts()).articles;
  process.stdout.write('ready\n');
  // Values go up from the time of this start (ms): every run's later than the run before's.
  for (let n = Date.now(); ; n++) {
    const claimId = `c_cr${n % articles}_0`;
    const [claim] = (await store.claims([claimId])) as Claim[];
    if (!claim) throw new Error(`no claim ${claimId}`);
    const at = new Date().toISOString();
    await store.commit({
      action: 'claim.corrected',
      who: 'crash',
      at,
      changes: [{ table: 'claims', id: claimId, before: claim, after: { ...claim, value: n } }],
      audit: [{ who: 'crash', when: at, action: 'claim.corrected', target: claimId, before: { value: claim.value }, after: { value: n } }],
    });
    process.stdout.write(`ack ${claimId} ${n}\n`);
  }
}
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
