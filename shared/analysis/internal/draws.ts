import type { Article } from '../../schema';
import { claimCovering, refOf, spanRef, type AnalysisContext } from '../context';
import type { FindingDraft } from '../model';

/**
 * A draw given an uneven score: "Hòa 2-1 trong 90 phút", "hai đội hòa nhau với tỷ số 1-2", "bị cầm hòa 3 - 2".
 * A drawn match ends level, so one of the two numbers is wrong (a digit slipped when the report was written
 * again). Only the score that follows the word of the draw, with at most a few of the words that lead to it
 * ("nhau", "với tỷ số", "chung cuộc", the opponent's lower-case words: "cầm hòa đội khách 2-2"), is read: "hòa 1-1
 * ở lượt đi, thắng 2-1 ở lượt về" reads 1-1 only. Never a name ("Thanh Hóa 2-1", "Hòa Phát 2-1" — a capital,
 * or no word of the draw at all), never "hòa vốn" (break even) or "hòa giải" (mediation), never a time
 * ("hòa lúc 20:30"), nor decimals ("hòa 0,5-0,5" of a chess round).
 */

/** Lower-case "hòa"/"hoà", or a capital one opening a sentence (never a name's "Hòa" inside one). */
const DRAW = String.raw`(?:(?<![\p{L}\p{M}])h(?:òa|oà)|(?:^|(?<=[.!?:;\n]\s*))H(?:òa|oà))`;
/** Words that are not the way to the draw's score: break even, mediation, peace, harmony; a time. */
const NOT_DRAW_NEXT = new Set(['vốn', 'giải', 'bình', 'hợp', 'thuận', 'nhập', 'hoãn', 'lúc', 'tan', 'mình', 'quyện', 'sắc', 'khí', 'âm', 'nhạc']);
/** At most four lower-case words, then the score: "X-Y", "X - Y", "X–Y", "X:Y" (one or two digits each). */
const DRAW_SCORE = new RegExp(
  String.raw`${DRAW}((?:[ \t\u00a0]+[\p{Ll}\p{M}]+){0,4}?)[ \t\u00a0]+(\d{1,2})[ \t\u00a0]*[-–:][ \t\u00a0]*(\d{1,2})(?![\d.,:/]\d|[\d\p{L}])`,
  'gud',
);

export function drawScoreDrafts(article: Article, ctx: AnalysisContext): FindingDraft[] {
  const text = article.text;
  // Cheap guard: most articles never speak of a draw.
  if (!/h(?:òa|oà)/iu.test(text)) return [];
  const drafts: FindingDraft[] = [];
  for (const m of text.matchAll(DRAW_SCORE)) {
    const words = (m[1] ?? '').trim();
    if (words.length > 0 && NOT_DRAW_NEXT.has(words.split(/[ \t\u00a0]+/u)[0] as string)) continue;
    const home = Number(m[2]);
    const away = Number(m[3]);
    if (home === away) continue;
    const end = m.index + m[0].length;
    // The claim the extractor made of the score ("2-1", a measure in tỷ số), when there is one.
    const claim = claimCovering(ctx, article.id, (m.indices?.[2] as [number, number])[0], end);
    const quote = text.slice(m.index, end);
    drafts.push({
      type: 'internal',
      rule: 'draw-score',
      claimIds: claim ? [claim.id] : [],
      articleIds: [article.id],
      spans: [{ articleId: article.id, start: m.index, end, quote }],
      facts: { rule: 'draw-score', claim: claim ? { ...refOf(claim, ctx), quote } : spanRef(article.id, quote, ctx), home, away },
    });
  }
  return drafts;
}
