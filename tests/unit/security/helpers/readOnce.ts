// Reads one article file in a fresh process and prints what it cost, so memory is measured alone:
// {"ok":false,"reason":"docx_too_large","ms":12,"maxRssMiB":95,"baseRssMiB":90}
import { readArticleFile } from '../../../../electron/import/readArticleFile';

const path = process.argv[2];
if (!path) throw new Error('usage: readOnce <file>');
const baseRssMiB = process.resourceUsage().maxRSS / 1024;
const started = performance.now();
const outcome = await readArticleFile(path);
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    ok: outcome.ok,
    reason: outcome.ok ? null : outcome.reason,
    ms: Math.round(ms),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    baseRssMiB: Math.round(baseRssMiB),
  }) + '\n',
);
