// Period figures of the corpus gold per split and per development half (tests/tools/gold-halves.ts says how the
// halves are made), as tests/tools/subject-halves.ts does for the subject. With DETAILS=1 it also prints every
// period disagreement of tuned and half A, with its sentence — never of half B, heldout or heldout2.
// Run: npx tsx tests/tools/period-halves.ts
import { nthIndexOf } from './extract-gold';
import { samePeriod } from './gold-match';
import { printHalves } from './gold-halves';
import { bestOverlapping } from '../unit/extract/helpers';
import { extractMetadata } from '../../shared/extract';

printHalves({
  perFile: ({ one }) => `period ${one.period}/${one.found}, subject ${one.subject}/${one.found}, found ${one.found}/${one.gold}`,
  details: ({ g, text, claims }) => {
    const used = new Set<number>();
    const title = text.split('\n')[0];
    const meta = extractMetadata(text);
    const year = meta.publishedAt ? Number(meta.publishedAt.slice(0, 4)) : null;
    for (const gc of g.doc.claims) {
      const start = nthIndexOf(text, gc.surface, gc.occurrence);
      const best = bestOverlapping(claims, used, start, start + gc.surface.length);
      const c = claims[best];
      if (best < 0 || c === undefined) continue;
      used.add(best);
      if (samePeriod(gc.period, c.period, year)) continue;
      const sentence = text.slice(c.sentenceStart, c.sentenceEnd).replace(/\s+/g, ' ');
      console.log(`- ${g.split}/${g.doc.file} @${c.start} "${gc.surface}" [${c.kind}] got ${JSON.stringify(c.period)} gold ${JSON.stringify(gc.period)} (year ${year})\n    T: ${title}\n    S: ${sentence}`);
    }
  },
  line: (name, s, f) => `${name}: ${s.texts} articles, ${s.found} found — subject ${f.subject?.toFixed(3)}, period ${f.period?.toFixed(3)}, recall ${f.recall?.toFixed(3)}, precision ${f.precision?.toFixed(3)} (period ${s.period}/${s.found})`,
});
