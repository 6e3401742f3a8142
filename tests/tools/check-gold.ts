// Verify the extraction gold files: `npx tsx tests/tools/check-gold.ts` (exit 1 on any problem).
import { checkAll, findCorpus, SPLITS } from './extract-gold';

const corpus = findCorpus();
if (!corpus) console.log('note: ../shared/corpus not found — checking shapes only, not surfaces');
const { files, errors } = checkAll(corpus);
for (const split of SPLITS) {
  const fs = files.filter((f) => f.split === split);
  const claims = fs.reduce((n, f) => n + (Array.isArray(f.doc.claims) ? f.doc.claims.length : 0), 0);
  const non = fs.reduce((n, f) => n + (Array.isArray(f.doc.non_claims) ? f.doc.non_claims.length : 0), 0);
  console.log(`${split}: ${fs.length} files, ${claims} claims, ${non} non-claims`);
}
for (const e of errors) console.error(e);
console.log(errors.length ? `${errors.length} problem(s)` : 'all gold files valid');
process.exit(errors.length ? 1 : 0);
