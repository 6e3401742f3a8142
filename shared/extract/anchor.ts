/**
 * Re-anchoring after re-extraction: when the engine improves (or the text is normalized anew),
 * claims an editor reviewed, corrected or added by hand must stay attached to the same words.
 * Like Hypothesis anchors, a claim is found again by position, then by quote with its prefix and
 * suffix as tie-breakers, then by prefix and suffix around a changed quote. Nothing is dropped:
 * what cannot be found is returned for the editor.
 */
import type { Claim } from '../schema';
import { splitSentences, type Span } from './sentences';

/** Same context width as the ids' prefix/suffix in shared/document.ts. */
const CONTEXT = 32;
/** Beyond this many occurrences of a quote ("100%") only the nearest ones are scored. */
const MAX_OCCURRENCES = 2000;

export type AnchorMethod = 'position' | 'quote' | 'context';

export interface ReanchoredClaim {
  /** The old claim with its anchor moved onto the current text (offsets, sentence, quote, context). */
  claim: Claim;
  method: AnchorMethod;
}

export interface ReanchorResult {
  /** Old extracted claims now covered by a new extracted claim: move reviews from oldId to newId. */
  mapped: { oldId: string; newId: string; method: AnchorMethod }[];
  /** Manual claims, always kept, re-anchored; `duplicateOf` names a new claim over the same figure. */
  manual: (ReanchoredClaim & { duplicateOf: string | null })[];
  /** Old extracted claims found in the text that no new claim covers any more (keep them if reviewed). */
  orphaned: ReanchoredClaim[];
  /** Old claims whose words are no longer in the text: list them for the editor, never drop them. */
  unanchored: Claim[];
}

interface Found {
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Maps `oldClaims` of one article onto `newClaims` extracted from its (possibly re-normalized)
 * `text`. Pure: the caller decides what to store.
 */
export function reanchorClaims(text: string, oldClaims: readonly Claim[], newClaims: readonly Claim[]): ReanchorResult {
  const result: ReanchorResult = { mapped: [], manual: [], orphaned: [], unanchored: [] };
  let sentences: Span[] | null = null;
  const sentenceAt = (start: number, end: number): Span => {
    sentences ??= splitSentences(text);
    return containingSentence(sentences, start, end);
  };
  const byStart = [...newClaims].sort((a, b) => a.start - b.start);
  const used = new Set<string>();
  const located = oldClaims.map((old) => ({ old, found: locate(text, old) }));
  // Exact positions first, so a moved claim never steals the new claim of one that stayed put.
  const rank: Record<AnchorMethod, number> = { position: 0, quote: 1, context: 2 };
  located.sort((a, b) => (a.found ? rank[a.found.method] : 3) - (b.found ? rank[b.found.method] : 3));

  for (const { old, found } of located) {
    if (!found) {
      result.unanchored.push(old);
      continue;
    }
    const moved = moveClaim(text, old, found, sentenceAt(found.start, found.end));
    if (old.origin === 'manual') {
      const twin = bestOverlap(byStart, found, old, new Set());
      result.manual.push({ claim: moved, method: found.method, duplicateOf: twin?.id ?? null });
      continue;
    }
    const target = bestOverlap(byStart, found, old, used);
    if (target) {
      used.add(target.id);
      result.mapped.push({ oldId: old.id, newId: target.id, method: found.method });
    } else {
      result.orphaned.push({ claim: moved, method: found.method });
    }
  }
  return result;
}

function locate(text: string, old: Claim): Found | null {
  if (old.quote.length === 0) return null;
  if (old.end <= text.length && old.start >= 0 && text.slice(old.start, old.end) === old.quote) {
    return { start: old.start, end: old.end, method: 'position' };
  }
  const byQuote = locateByQuote(text, old, old.quote) ?? locateByQuote(text, old, old.quote.normalize('NFC'));
  if (byQuote) return byQuote;
  return locateByContext(text, old);
}

function locateByQuote(text: string, old: Claim, quote: string): Found | null {
  let best: { start: number; score: number; distance: number } | null = null;
  let count = 0;
  for (let i = text.indexOf(quote); i !== -1 && count < MAX_OCCURRENCES; i = text.indexOf(quote, i + 1), count++) {
    const score =
      commonSuffixLength(old.prefix, text.slice(Math.max(0, i - old.prefix.length), i)) +
      commonPrefixLength(old.suffix, text.slice(i + quote.length, i + quote.length + old.suffix.length));
    const distance = Math.abs(i - old.start);
    if (best === null || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  if (best === null) return null;
  // A short quote ("100%") found elsewhere with a different context is another figure, not this one.
  const needed = Math.max(6, Math.floor((old.prefix.length + old.suffix.length) / 4));
  const uniqueAndLong = count === 1 && quote.length >= 8;
  if (best.score < needed && !uniqueAndLong) return null;
  return { start: best.start, end: best.start + quote.length, method: 'quote' };
}

/** The quote itself changed ("80%" became "gần 80%"): find the words between prefix and suffix. */
function locateByContext(text: string, old: Claim): Found | null {
  const prefix = old.prefix.slice(-16);
  const suffix = old.suffix.slice(0, 16);
  if (prefix.trim().length < 4 || suffix.trim().length < 4) return null;
  const maxGap = old.quote.length * 2 + 24;
  let best: { start: number; end: number; distance: number } | null = null;
  let count = 0;
  for (let p = text.indexOf(prefix); p !== -1 && count < MAX_OCCURRENCES; p = text.indexOf(prefix, p + 1), count++) {
    const from = p + prefix.length;
    const s = text.indexOf(suffix, from);
    if (s === -1 || s - from > maxGap || s === from) continue;
    const distance = Math.abs(from - old.start);
    if (best === null || distance < best.distance) best = { start: from, end: s, distance };
  }
  if (best === null) return null;
  let { start, end } = best;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end, method: 'context' } : null;
}

/** The new claim covering most of the found span, preferring the old claim's kind. */
function bestOverlap(byStart: readonly Claim[], found: Found, old: Claim, used: ReadonlySet<string>): Claim | null {
  let best: { claim: Claim; score: number } | null = null;
  for (const c of byStart) {
    if (c.start >= found.end) break;
    if (c.end <= found.start || used.has(c.id)) continue;
    const overlap = Math.min(c.end, found.end) - Math.max(c.start, found.start);
    const exact = c.start === found.start && c.end === found.end ? 1000 : 0;
    const score = exact + overlap + (c.kind === old.kind ? 500 : 0) + (c.value === old.value ? 250 : 0);
    if (best === null || score > best.score) best = { claim: c, score };
  }
  return best?.claim ?? null;
}

function moveClaim(text: string, old: Claim, found: Found, sentence: Span): Claim {
  return {
    ...old,
    start: found.start,
    end: found.end,
    quote: text.slice(found.start, found.end),
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    prefix: text.slice(Math.max(0, found.start - CONTEXT), found.start),
    suffix: text.slice(found.end, found.end + CONTEXT),
  };
}

function containingSentence(sentences: readonly Span[], start: number, end: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return { start: s.start, end: Math.max(s.end, end) };
  }
  return { start, end };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
