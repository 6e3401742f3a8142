// Subject (and the other fields') figures of the corpus gold per split and per development half (tests/tools/
// gold-halves.ts says how the halves are made). Prints figures of tuned, half A, half B, heldout, heldout2 and
// per-file counts of half B (counts only).
// With DETAILS=1 it also prints every subject disagreement of tuned and half A, with its sentence — never of
// half B, heldout or heldout2.
// Run: npx tsx tests/tools/subject-halves.ts
import { sameSubject } from './gold-match';
import { matchedClaims, printHalves } from './gold-halves';

printHalves({
  perFile: ({ one }) => `subject ${one.subject}/${one.found}, period ${one.period}/${one.found}, found ${one.found}/${one.gold}`,
  details: (f) => {
    const title = f.text.split('\n')[0];
    for (const { gc, c, sentence } of matchedClaims(f)) {
      if (sameSubject(gc.subject, c.subject)) continue;
      console.log(`- ${f.g.split}/${f.g.doc.file} @${c.start} "${gc.surface}" [${c.kind}] got ${JSON.stringify(c.subject)} gold ${JSON.stringify(gc.subject)}\n    T: ${title}\n    S: ${sentence}`);
    }
  },
  line: (name, s, f) => `${name}: ${s.texts} articles, ${s.found} found — ${Object.entries(f).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')} (subject ${s.subject}/${s.found})`,
});
