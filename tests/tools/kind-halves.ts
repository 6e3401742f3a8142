// Kind accuracy of the corpus gold per split and per development half (tests/tools/gold-halves.ts says how the
// halves are made): prints figures of tuned, half A, half B, heldout, heldout2 and per-file counts of half B.
// With DETAILS=1 it also prints every kind disagreement of tuned and half A, with its sentence — never of half B,
// heldout or heldout2.
// Run: npx tsx tests/tools/kind-halves.ts
import { matchedClaims, printHalves } from './gold-halves';

printHalves({
  perFile: ({ one }) => `found ${one.found}/${one.gold}`,
  details: (f) => {
    for (const { gc, c, sentence } of matchedClaims(f)) {
      if (gc.kind === c.kind) continue;
      console.log(`- ${f.g.split}/${f.g.doc.file} @${c.start} "${gc.surface}" got ${c.kind} gold ${gc.kind}\n    S: ${sentence}`);
    }
  },
  line: (name, s, f) => `${name}: ${s.texts} articles, ${s.found} found — kind ${f.kind?.toFixed(3)}`,
});
