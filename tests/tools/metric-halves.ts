// Metric figures of the corpus gold per split and per development half (tests/tools/gold-halves.ts says how the
// halves are made), as tests/tools/period-halves.ts does for the period. With DETAILS=1 it also prints every metric
// disagreement of tuned and half A (gold-match.ts sameMetric: a loose measure of junk, not of wording), with its
// sentence — never of half B, heldout or heldout2.
// Run: npx tsx tests/tools/metric-halves.ts
import { sameMetric } from './gold-match';
import { matchedClaims, printHalves } from './gold-halves';

printHalves({
  perFile: ({ one }) => `metric ${one.metric}/${one.metricScored}, found ${one.found}/${one.gold}`,
  details: (f) => {
    for (const { gc, c, sentence } of matchedClaims(f)) {
      if (sameMetric(gc.metric, gc.about ?? null, c.metric)) continue;
      console.log(`- ${f.g.split}/${f.g.doc.file} @${c.start} "${gc.surface}" [${c.kind}] got ${JSON.stringify(c.metric)} gold ${JSON.stringify(gc.metric)} (about ${JSON.stringify(gc.about)})\n    S: ${sentence}`);
    }
  },
  line: (name, s, f) => `${name}: ${s.texts} articles, ${s.found} found — metric ${f.metric?.toFixed(3)} (${s.metric}/${s.metricScored}), subject ${f.subject?.toFixed(3)}, period ${f.period?.toFixed(3)}`,
});
