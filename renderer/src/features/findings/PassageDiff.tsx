import type { PassageSide } from '../../../../shared/analysis/model';
import { fold } from '../../../../shared/analysis/normalize';
import { formatDate, t, type Lang } from '../../i18n';

/** Words, numbers and signs of a sentence with their offsets; spaces are kept as they are between them. */
function pieces(text: string): Array<{ text: string; start: number; word: boolean }> {
  const out: Array<{ text: string; start: number; word: boolean }> = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|\S|\s+/gu)) out.push({ text: m[0], start: m.index, word: !/^\s+$/.test(m[0]) });
  return out;
}

/** Which word pieces of `a` and `b` are shared (longest common subsequence of their lower-cased words). */
function common(a: string[], b: string[]): [Set<number>, Set<number>] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const dp = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i * w + j] = a[i] === b[j] ? (dp[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(dp[(i + 1) * w + j] ?? 0, dp[i * w + j + 1] ?? 0);
  }
  const sa = new Set<number>();
  const sb = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      sa.add(i++);
      sb.add(j++);
    } else if ((dp[(i + 1) * w + j] ?? 0) >= (dp[i * w + j + 1] ?? 0)) i++;
    else j++;
  }
  return [sa, sb];
}

function Sentence({
  side,
  shared,
  words,
  role,
  lang,
  context,
}: {
  side: PassageSide;
  shared: Set<number>;
  words: ReturnType<typeof pieces>;
  role: 'a' | 'b';
  lang: Lang;
  context: ReadonlySet<string> | null;
}) {
  const figStart = side.figure.start - side.sentence.start;
  const figEnd = side.figure.end - side.sentence.start;
  let k = -1;
  return (
    <section className={`side passage passage-${role}`} data-testid="passage-side">
      <p className="meta">
        {[side.outlet, side.date ? formatDate(side.date, lang) : t(lang, 'undated')].filter(Boolean).join(' · ')}
      </p>
      <p className="finding-sentence">
        {words.map((p) => {
          if (!p.word) return p.text;
          k++;
          const inFigure = p.start >= figStart && p.start < figEnd;
          const changed = !shared.has(k);
          if (inFigure)
            return (
              <mark key={p.start} className={`diff-figure diff-${role}`} data-testid="diff-figure">
                {p.text}
              </mark>
            );
          // Two re-worded sentences: the words that make the figures one fact are marked, not every
          // word one sentence has and the other lacks.
          if (context)
            return context.has(fold(p.text)) ? (
              <span key={p.start} className="diff-context" data-testid="diff-context">
                {p.text}
              </span>
            ) : (
              p.text
            );
          return changed ? (
            <span key={p.start} className={`diff-word diff-${role}`}>
              {p.text}
            </span>
          ) : (
            p.text
          );
        })}
      </p>
    </section>
  );
}

/**
 * The two aligned passages of a finding side by side, like a diff: the differing figure marked in each,
 * other words one passage has and the other lacks underlined.
 */
export function PassageDiff({ a, b, lang, context }: { a: PassageSide; b: PassageSide; lang: Lang; context?: readonly string[] | undefined }) {
  const pa = pieces(a.sentence.text);
  const pb = pieces(b.sentence.text);
  // A same-event finding (`context`: the folded words around both figures): two re-wordings, no diff.
  const words = context ? new Set(context) : null;
  const wa = words ? [] : pa.filter((p) => p.word).map((p) => p.text.toLowerCase());
  const wb = words ? [] : pb.filter((p) => p.word).map((p) => p.text.toLowerCase());
  const [sa, sb] = common(wa, wb);
  return (
    <div className="sides passage-diff" data-testid="passage-diff" aria-label={t(lang, words ? 'sameEventSentences' : 'alignedPassages')}>
      <Sentence side={a} shared={sa} words={pa} role="a" lang={lang} context={words} />
      <Sentence side={b} shared={sb} words={pb} role="b" lang={lang} context={words} />
    </div>
  );
}
