// Recall and precision of the corpus gold per split and per development half (tests/tools/gold-halves.ts says
// how the halves are made). Prints figures of tuned, half A, half B, heldout, heldout2 and per-file counts of
// half B (counts only: found of gold, extracted). With DETAILS=1 it also prints every miss and every claim not in the gold of tuned and half A,
// with its sentence — never of half B, heldout or heldout2.
// Run: npx tsx tests/tools/precision-halves.ts
import { nthIndexOf } from './extract-gold';
import { printHalves } from './gold-halves';
import { bestOverlapping } from '../unit/extract/helpers';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

printHalves({
  perFile: ({ one }) => `found ${one.found}/${one.gold}, extracted ${one.extracted}`,
  details: ({ g, text, claims }) => {
    const used = new Set<number>();
    for (const gc of g.doc.claims) {
      const start = nthIndexOf(text, gc.surface, gc.occurrence);
      const best = bestOverlapping(claims, used, start, start + gc.surface.length);
      if (best < 0) {
        const around = text.slice(Math.max(0, start - 120), start + gc.surface.length + 80);
        console.log(`MISS ${g.split}/${g.doc.file} "${gc.surface}" [${gc.kind} ${gc.value}]\n    S: ${oneLine(around)}`);
        continue;
      }
      used.add(best);
    }
    claims.forEach((c, k) => {
      if (used.has(k)) return;
      const nc = g.doc.non_claims.find((n) => {
        const at = nthIndexOf(text, n.surface, n.occurrence);
        return at >= 0 && at < c.end && at + n.surface.length > c.start;
      });
      console.log(`FP ${g.split}/${g.doc.file} "${c.quote}" [${c.kind} ${c.value}]${nc ? ` non-claim: ${nc.why}` : ''}\n    S: ${oneLine(text.slice(Math.max(c.sentenceStart, c.start - 160), Math.min(c.sentenceEnd, c.end + 100)))}`);
    });
  },
  line: (name, s, f) => `${name}: ${s.texts} articles, ${s.gold} gold, ${s.extracted} extracted, ${s.found} found — ${Object.entries(f).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`,
});
