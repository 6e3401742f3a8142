import type { Article } from '../../schema';
import { claimCovering, refOf, spanRef, type AnalysisContext } from '../context';
import type { FindingDraft } from '../model';
import { wordBefore } from './nouns';

/**
 * A draw given an uneven score: "Hòa 2-1 trong 90 phút", "hai đội hòa nhau với tỷ số 1-2", "bị cầm hòa 3 - 2".
 * A drawn match ends level, so one of the two numbers is wrong (a digit slipped when the report was written
 * again). Only the score that follows the word of the draw, with at most a few of the words that lead to it
 * ("nhau", "với tỷ số", "chung cuộc", the opponent's lower-case words: "cầm hòa đội khách 2-2"), is read: "hòa 1-1
 * ở lượt đi, thắng 2-1 ở lượt về" reads 1-1 only. Never a name ("Khánh Hòa 2-1", "Hòa Phát 2-1": a capital inside
 * a sentence; "Hòa ghi bàn ấn định 2-1": a player, the words on the way give a result of their own), a word that
 * holds "hòa" ("Cộng hòa … 53-47", "điều hòa … 1-2 độ"), "hòa vốn", "hòa giải", "hòa vào dòng người ngày 30-4"; nor
 * a score that counts something ("chỉ cần hòa 1-2 trận"), a time ("hòa lúc 20:30"), a date ("2-9-2024"), a
 * decimal or a handicap ("kèo hòa 0-1,5"). The regex runs over whole articles: every repetition in it is bounded
 * and each lookbehind reads a few characters (linear time).
 */

/**
 * Lower-case "hòa"/"hoà", or a capital one opening a sentence (never a name's "Hòa" inside one). The letter first,
 * then the short look behind it: a lookbehind tried at every position over a long run of spaces is quadratic.
 */
const DRAW = String.raw`(?:h(?<![\p{L}\p{M}]h)|H(?<=(?:^|[.!?:;\n“"(])[ \t\u00a0]{0,4}H))(?:òa|oà)`;
/** Words before "hòa" that make it another word: a republic, an air conditioner, harmony, mildness. */
const NOT_DRAW_BEFORE = new Set(['cộng', 'điều', 'hài', 'ôn', 'hiền', 'chan', 'dung', 'thuận', 'giảng', 'cầu']);
/** First words after "hòa" that make it another word: break even, mediation, peace, joining in, a time. */
const NOT_DRAW_NEXT = new Set(['vốn', 'giải', 'bình', 'hợp', 'thuận', 'nhập', 'hoãn', 'lúc', 'tan', 'mình', 'quyện', 'sắc', 'khí', 'âm', 'nhạc', 'chung', 'cùng', 'vào', 'lưới', 'đồng', 'trộn', 'hảo', 'nhã', 'tấu']);
/** Words on the way to the score that give another result or a date: the score is not the draw's. */
const NOT_DRAW_BETWEEN = new Set(['thắng', 'thua', 'dẫn', 'ghi', 'ấn', 'mà', 'rồi', 'nhưng', 'hoặc', 'vượt', 'ngày', 'tháng', 'lên', 'xuống']);
/** A word after the score that it counts: a range of matches, degrees, units ("hòa 1-2 trận"). */
const COUNTED_AFTER = new Set(['trận', 'lần', 'độ', 'tổ', 'ngày', 'tháng', 'năm', 'giờ', 'người', 'ván', 'bàn', 'điểm', 'tuần', 'vòng', 'tiếng']);
/** At most four lower-case words, then the score: "X-Y", "X - Y", "X–Y", "X:Y" (one or two digits each), then the word after it. */
const DRAW_SCORE = new RegExp(
  String.raw`${DRAW}((?:[ \t\u00a0]+[\p{Ll}\p{M}]+){0,4}?)[ \t\u00a0]+(\d{1,2})[ \t\u00a0]*[-–:][ \t\u00a0]*(\d{1,2})(?![\d.,:/\-–]\d|[\d\p{L}])(?=[ \t\u00a0]*([\p{Ll}\p{M}]*))`,
  'gud',
);

export function drawScoreDrafts(article: Article, ctx: AnalysisContext): FindingDraft[] {
  const text = article.text;
  // Cheap guard: most articles never speak of a draw.
  if (!/h(?:òa|oà)/iu.test(text)) return [];
  const drafts: FindingDraft[] = [];
  for (const m of text.matchAll(DRAW_SCORE)) {
    const words = (m[1] ?? '').trim().split(/[ \t\u00a0]+/u).filter((w) => w.length > 0);
    if (words.length > 0 && NOT_DRAW_NEXT.has(words[0] as string)) continue;
    if (words.some((w) => NOT_DRAW_BETWEEN.has(w)) || COUNTED_AFTER.has(m[4] ?? '') || NOT_DRAW_BEFORE.has(wordBefore(text, m.index))) continue;
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
