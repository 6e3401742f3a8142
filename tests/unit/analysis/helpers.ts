import { expect } from 'vitest';
import { detectFindings, FindingsAnalysis } from '../../../shared/analysis';
import { passagesOf, type Passage } from '../../../shared/analysis/passages';
import { DecidedSentences, eventMatches } from '../../../shared/analysis/sameEvent';
import { buildDocument } from '../../../shared/document';
import type { Article, Claim, Finding } from '../../../shared/schema';

/** An article as the workspace stores it; the id is derived from the text so copies differ only by hand. */
export function makeArticle(id: string, text: string, publishedAt: string | null, outlet: string | null = null): Article {
  return { id, source: `${id}.txt`, text, title: null, outlet, author: null, publishedAt, importedAt: '2024-06-01T00:00:00Z' };
}

function sentenceAround(text: string, start: number, end: number): { sentenceStart: number; sentenceEnd: number } {
  // A stop ends a sentence only when a space or the end follows it: "1.891" and "4,86" do not.
  const isStop = (i: number): boolean => text[i] === '\n' || (/[.!?]/.test(text[i] ?? '') && /\s/.test(text[i + 1] ?? ' '));
  let s = start;
  while (s > 0 && !isStop(s - 1)) s--;
  while (s < start && /\s/.test(text[s] ?? '')) s++;
  let e = end;
  while (e < text.length && !isStop(e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { sentenceStart: s, sentenceEnd: e };
}

export type ClaimFields = Partial<Omit<Claim, 'id' | 'articleId' | 'start' | 'end' | 'quote'>> & Pick<Claim, 'kind' | 'value'>;

/**
 * A claim as the real extractor will give it, placed on the `nth` occurrence of `quote` in the
 * article text (the offsets and sentence are computed, the fact fields are given by the test).
 */
export function makeClaim(article: Article, quote: string, fields: ClaimFields, nth = 0): Claim {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = article.text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  return {
    start,
    end,
    quote,
    ...sentenceAround(article.text, start, end),
    total: null,
    upper: null,
    unit: null,
    qualifier: 'exact',
    subject: null,
    metric: null,
    period: null,
    modality: 'fact',
    years: null,
    checkworthiness: 0.8,
    ...fields,
    id: `c_${article.id}_${start}_${end}`,
    articleId: article.id,
    prefix: article.text.slice(Math.max(0, start - 32), start),
    suffix: article.text.slice(end, end + 32),
    origin: 'extracted',
  };
}

const byId = (list: Iterable<Finding>): Finding[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Applies each edit step to the kept analysis as the service does (update, the touched findings' delta)
 * (`afterUpdate` runs between the two) and checks after each that the stored findings are what a full analysis of the edited claims gives.
 */
export function expectIncrementalAsFull(
  analysis: FindingsAnalysis,
  articles: Article[],
  claims: Claim[],
  stored: Map<string, Finding>,
  steps: ReadonlyArray<{ changed: Claim[]; removed: string[] }>,
  afterUpdate: () => void = () => undefined,
): void {
  const current = new Map(claims.map((c) => [c.id, c]));
  for (const s of steps) {
    for (const c of s.changed) current.set(c.id, c);
    for (const id of s.removed) current.delete(id);
    analysis.updateClaims(s.changed, s.removed);
    afterUpdate();
    const ids = new Set(analysis.touchedFindingIds());
    const delta = analysis.changedFindings([...stored.values()].filter((f) => ids.has(f.id)));
    for (const id of delta.removedIds) stored.delete(id);
    for (const f of delta.findings) stored.set(f.id, f);
    const full = new FindingsAnalysis(articles, claims.filter((c) => current.has(c.id)).map((c) => current.get(c.id) as Claim)).findings();
    expect(byId(stored.values())).toEqual(byId(full));
  }
}

/**
 * Conflicts and updates between two articles (outlets "Báo A" and "Báo B") as the desk finds them, the
 * claims extracted: each as its two figures' quotes, sorted; only those of `rule` when given.
 */
export function raisedBetween(textA: string, textB: string, rule?: string): string[][] {
  const a = buildDocument(textA, '/tmp/a.txt', '2026-01-01T00:00:00Z');
  const b = buildDocument(textB, '/tmp/b.txt', '2026-01-01T00:00:00Z');
  const articles = [
    { ...a.article, outlet: 'Báo A' },
    { ...b.article, outlet: 'Báo B' },
  ];
  const quotes = (f: Finding) => f.facts as unknown as { a: { quote: string }; b: { quote: string } };
  return detectFindings(articles, [...a.claims, ...b.claims])
    .filter((f) => (f.type === 'conflict' || f.type === 'update') && (f.articleIds?.length ?? 0) > 1 && (rule === undefined || f.rule === rule))
    .map((f) => [quotes(f).a.quote, quotes(f).b.quote].sort());
}

/**
 * The same-event matches of two reports (sameEvent.ts `eventMatches`, nothing decided by the passage rule), each as
 * the two figures it pairs, as written: the matching watched where it decides, before the cross-source rule or the
 * drafts' checks. `headline` says which passages are their articles' headlines (none by default).
 */
export function eventMatchesBetween(textA: string, textB: string, headline?: (p: Passage) => boolean): string[][] {
  const a = passagesOf(makeArticle('a', textA, '2024-09-10T08:00'));
  const b = passagesOf(makeArticle('b', textB, '2024-09-10T10:00'));
  return eventMatches(a, b, new DecidedSentences(), undefined, undefined, headline).map((m) => [m.event.a.figure.written, m.event.b.figure.written]);
}

/** `fold` as it is defined (and was written before its table): what every fast path of it must give. */
export const foldReference = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
