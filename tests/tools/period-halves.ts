// Period figures of the corpus gold per split and per development half (tests/tools/gold-halves.ts says how the
// halves are made), as tests/tools/subject-halves.ts does for the subject. With DETAILS=1 it also prints every
// period disagreement of tuned and half A, with its sentence — never of half B, heldout or heldout2.
// Run: npx tsx tests/tools/period-halves.ts
import { samePeriod } from './gold-match';
import { matchedClaims, printHalves } from './gold-halves';
import { extractMetadata } from '../../shared/extract';

printHalves({
  perFile: ({ one }) => `period ${one.period}/${one.found}, subject ${one.subject}/${one.found}, found ${one.found}/${one.gold}`,
  details: (f) => {
    const title = f.text.split('\n')[0];
    const meta = extractMetadata(f.text);
    const year = meta.publishedAt ? Number(meta.publishedAt.slice(0, 4)) : null;
    for (const { gc, c, sentence } of matchedClaims(f)) {
      if (samePeriod(gc.period, c.period, year)) continue;
      console.log(`- ${f.g.split}/${f.g.doc.file} @${c.start} "${gc.surface}" [${c.kind}] got ${JSON.stringify(c.period)} gold ${JSON.stringify(gc.period)} (year ${year})\n    T: ${title}\n    S: ${sentence}`);
    }
  },
  line: (name, s, f) => `${name}: ${s.texts} articles, ${s.found} found — subject ${f.subject?.toFixed(3)}, period ${f.period?.toFixed(3)}, recall ${f.recall?.toFixed(3)}, precision ${f.precision?.toFixed(3)} (period ${s.period}/${s.found})`,
});
