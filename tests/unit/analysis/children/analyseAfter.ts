/**
 * Child process for the determinism test: analyses the generated workspace of `argv[2]` claims,
 * optionally after analysing another workspace first (`argv[3]` = its size), and prints the finding ids.
 */
import { detectFindings } from '../../../../shared/analysis';
import { generateWorkspace } from '../../../bench/analysisWorkspace';

const size = Number(process.argv[2]);
const before = Number(process.argv[3] ?? 0);
if (before > 0) {
  const other = generateWorkspace(before);
  detectFindings(other.articles, other.claims);
}
const { articles, claims } = generateWorkspace(size);
process.stdout.write(JSON.stringify(detectFindings(articles, claims).map((f) => f.id)));
