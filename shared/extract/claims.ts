/**
 * Claim extraction: one linear scan for numbers (digits and spelled-out numbers), each read as a
 * number expression in its sentence, then described by its context.
 */
import type { ArticleMeta, ExtractedClaim } from '../schema';
import { findBoilerplate } from './boilerplate';
import { describeClaim, indexDocument } from './context';
import { readExpression, type Atom } from './expression';
import { NUMBER_WORDS } from './numbers';
import { foldCase } from './scan';
import { splitSentences } from './sentences';

const NUMBER_WORD_ALT = [...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|');
const ORDINAL_ALT = 'nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín|mười';

/**
 * Digit runs, "thứ <ordinal word>", and runs of number words. The start of a word match is checked
 * in code: a leading look-behind would make the regex engine try every position (4× slower).
 */
const ATOM_RE = new RegExp(
  String.raw`(\d+(?:[.,]\d+)*)|(thứ[ \t\u00a0]+(?:${ORDINAL_ALT}))(?![\p{L}\p{M}])|((?:${NUMBER_WORD_ALT})(?:[ \t\u00a0]+(?:${NUMBER_WORD_ALT}))*)(?![\p{L}\p{M}])`,
  'gu',
);
const WORD_CHAR = /[\p{L}\p{M}\d]/u;

export function extractClaims(text: string, meta?: ArticleMeta): ExtractedClaim[] {
  if (text.length === 0) return [];
  const sentences = splitSentences(text);
  const boilerplate = findBoilerplate(text);
  const title = meta?.title ?? firstLine(text);
  const published = meta?.publishedAt ? Number(meta.publishedAt.slice(0, 4)) : NaN;
  // Hot regexes run on a lower-cased copy with the same offsets: no slow case-insensitive flag.
  const folded = foldCase(text);
  const doc = indexDocument(text, folded, title, Number.isFinite(published) ? published : null);
  const claims: ExtractedClaim[] = [];
  let sentenceIndex = 0;
  let boilerplateIndex = 0;
  const re = new RegExp(ATOM_RE.source, ATOM_RE.flags);
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const start = m.index;
    if (m[1] === undefined && WORD_CHAR.test(folded[start - 1] ?? '')) {
      re.lastIndex = start + 1; // a number word inside another word ("toba", "hai" in "khai")
      continue;
    }
    const atom: Atom = {
      start,
      end: start + m[0].length,
      raw: text.slice(start, start + m[0].length),
      form: m[1] !== undefined ? 'digits' : m[2] !== undefined ? 'ordinal' : 'words',
    };
    while (boilerplateIndex < boilerplate.length && (boilerplate[boilerplateIndex]?.end ?? 0) <= start) boilerplateIndex++;
    const furniture = boilerplate[boilerplateIndex];
    if (furniture && furniture.start <= start) {
      re.lastIndex = Math.max(re.lastIndex, furniture.end);
      continue;
    }
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.end ?? 0) <= start) sentenceIndex++;
    const sentence = sentences[sentenceIndex];
    if (!sentence || sentence.start > start) continue;
    const reading = readExpression(text, folded, sentence, atom);
    re.lastIndex = Math.max(atom.start + 1, reading.next);
    const expr = reading.expression;
    if (!expr || expr.end <= expr.start || expr.end > sentence.end || expr.start < sentence.start) continue;
    const ctx = describeClaim(text, sentence, expr, doc);
    claims.push({
      start: expr.start,
      end: expr.end,
      quote: text.slice(expr.start, expr.end),
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      kind: expr.kind,
      value: expr.value,
      total: expr.total,
      upper: expr.upper,
      unit: expr.unit,
      qualifier: expr.qualifier,
      subject: ctx.subject,
      metric: ctx.metric,
      period: ctx.period,
      modality: ctx.modality,
      years: expr.years,
      checkworthiness: ctx.checkworthiness,
    });
  }
  return dropOverlaps(text, claims);
}

function firstLine(text: string): string | null {
  const m = /^\s*(.{1,250})/u.exec(text);
  return m?.[1] ?? null;
}

/** Expressions are read left to right, so overlaps only come from a qualifier reaching back. */
function dropOverlaps(text: string, claims: ExtractedClaim[]): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  for (const c of claims) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      let start = last.end;
      while (start < c.end && /\s/.test(text[start] ?? '')) start++;
      if (start >= c.end) continue;
      c.start = start;
      c.quote = text.slice(start, c.end);
    }
    out.push(c);
  }
  return out;
}
