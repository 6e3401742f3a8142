import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignedPassageDrafts, articlePairKey, nearNames } from '../../../shared/analysis/aligned';
import { buildContext } from '../../../shared/analysis/context';
import { fold, SPELLED_OUT, spelledOutCodes } from '../../../shared/analysis/normalize';
import { alignmentStaged, finish, passagesOf } from '../../../shared/analysis/passages';
import { anchored, DecidedSentences, eventMatches, figureContexts } from '../../../shared/analysis/sameEvent';
import { sharedCorpusDir } from '../extract/corpusDir';
import { seedsDir } from '../helpers';
import { foldReference, makeArticle } from './helpers';

/**
 * Session 69's speed paths must not change what the analysis reads: `fold` through its table for
 * General Punctuation too, `spelledOutCodes` in one pass over the folded text, and `Alignment.between`
 * stopping its scan of a group's aligned groups at the first one less similar than asked.
 */

/** Clusters held out of development: never read here. */
const HELD_OUT = new Set(['cluster_039', 'cluster_047', 'cluster_077', 'cluster_083', 'cluster_100', 'cluster_151', 'cluster_154', 'cluster_166', 'cluster_170', 'cluster_173']);

/** The seeds' texts and, where the shared corpus is present, its vi-news and clusters (the held-out ones left out). */
function texts(): string[] {
  const dirs = [seedsDir];
  const corpus = sharedCorpusDir();
  if (corpus) {
    dirs.push(join(corpus, 'vi-news'));
    const clusters = join(corpus, 'clusters');
    if (existsSync(clusters)) for (const c of readdirSync(clusters).sort()) if (c.startsWith('cluster_') && !HELD_OUT.has(c)) dirs.push(join(clusters, c));
  }
  return dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8')) : []));
}

/** `spelledOutCodes` as it was written before session 69: the folded words one space apart, padded, searched for each code's words (SPELLED_OUT's, in its order). */
function spelledReference(text: string): string[] {
  const folded = ` ${foldReference(text).replace(/[^a-z0-9]+/gu, ' ').trim()} `;
  return SPELLED_OUT.filter(([, words]) => folded.includes(words)).map(([code]) => code);
}

/**
 * The corpus, and edited copies of some of its articles (sentences dropped, re-worded in part, repeated,
 * mixed from two articles): sentences aligned with several others at many similarities, and copies.
 */
function withEditedCopies(): string[] {
  const corpus = texts();
  const sentences = (t: string): string[] => t.split(/(?<=[.!?])\s+/u).filter((x) => x.length > 0);
  const edited: string[] = [];
  for (let k = 0; k + 1 < Math.min(corpus.length, 40); k++) {
    const own = sentences(corpus[k] as string);
    const next = sentences(corpus[k + 1] as string);
    const reworded = own.map((x, i) => (i % 2 === 0 ? x.replace(/\s(\p{L}+)\s/u, ' những $1 ') : x));
    edited.push(own.filter((_, i) => i % 3 !== 2).join(' '));
    edited.push([own[0] ?? '', ...reworded, own[0] ?? ''].join(' '));
    edited.push(own.flatMap((x, i) => (i < next.length && i % 2 === 1 ? [x, next[i] as string] : [x])).join(' '));
    edited.push(reworded.map((x, i) => (i % 4 === 3 ? x.replace(/\d/u, '7') : x)).join(' '));
  }
  return [...corpus, ...edited];
}

describe('speed paths of session 69 read what was read before', () => {
  it('folds General Punctuation and caseless characters through the table as NFD, mark removal, đ → d and lower-casing do', () => {
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `Ệ${ch}\u0301a`, `${ch}\u0323\u0301${ch}Đ`, `“Hà Nội”${ch}— ${ch}…`, `ΣΑΣ${ch}`, `ΑΣ${ch}`, `a\u0327${ch}\u0301\u0327`, `a${ch}\u0591`, `a\u0591${ch}`, `a${ch}\u1dce`, `a\u1dce${ch}`]) expect(fold(s)).toBe(foldReference(s));
    }
    // A no-break space, a degree sign, a multiplication sign: kept as they are.
    expect(fold('Nhiệt\u00a0độ 35°C, 2×3')).toBe('nhiet\u00a0do 35°c, 2×3');
    // Dashes, quotes, an ellipsis, spaces of every width: the fast path keeps them as they are (U+2000/1: their decompositions).
    expect(fold('“Đà Nẵng” — 5\u2009000 tỷ…\u2000')).toBe('“da nang” — 5\u2009000 ty…\u2002');
  });

  it('finds the codes spelled out in a text as the padded search did, on whole articles, pieces and edge cases', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(10);
    let found = 0;
    for (const t of all) {
      const whole = spelledReference(t);
      found += whole.length;
      expect(spelledOutCodes(t)).toEqual(whole);
      for (let i = 0; i + 20 < t.length; i += 37) {
        const piece = t.slice(i, i + 12 + (i % 70));
        expect(spelledOutCodes(piece)).toEqual(spelledReference(piece));
      }
    }
    expect(found).toBeGreaterThan(0);
    const edges = [
      'Ngân sách nhà nước',
      'ngân sách nhà nướcx',
      'xngân sách nhà nước',
      'ngân  sách—nhà\n“nước”',
      'ngân sách nhà nước1',
      'bảo hiểm y tế, bảo hiểm xã hội và ủy ban nhân dân',
      'Ủy-ban-nhân-dân',
      'công ty cổ phần',
      'cong ty co',
      'doanh nghiệp doanh nghiệp',
      'ĐOANH NGHIỆP',
      'doanh nghiep',
      '',
      '   ',
      'dn',
      'khu công nghiệp123 khu công nghiệp',
      'thu tuc hanh chinh/cai cach hanh chinh',
      'chuyển đổi số',
      'chuyển đổi sốt',
    ];
    for (const e of edges) expect(spelledOutCodes(e)).toEqual(spelledReference(e));
  });

  it('lists the passages two articles share at a similarity as the unbounded scan did', () => {
    const articles = withEditedCopies().map((t, k) => makeArticle(`a${String(k).padStart(4, '0')}`, t, null));
    const alignment = finish(alignmentStaged(articles));
    const key = (list: ReturnType<typeof alignment.between>): string[] => list.map((p) => `${p.a.articleId}:${p.a.index}/${p.b.articleId}:${p.b.index}@${p.similarity}`);
    let compared = 0;
    let lowKept = 0;
    for (const a of articles) {
      for (const b of articles) {
        if (a === b) continue;
        // Without a least similarity nothing is cut: what a least similarity keeps is that list's share at or above it.
        const everything = alignment.between(a.id, b.id, 0);
        if (everything.length === 0) continue;
        compared++;
        for (const least of [0.2, 0.33, 0.5, 0.6, 0.8, 1]) {
          const kept = everything.filter((p) => p.similarity >= least);
          if (kept.length < everything.length) lowKept++;
          expect(key(alignment.between(a.id, b.id, least))).toEqual(key(kept));
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
    // (Pairs of articles whose shared list holds passages below a least similarity: the cut-off is tested.)
    expect(lowKept).toBeGreaterThan(0);
  });

  it('marks a figure context as scaled money as the per-pair regex test did, copied contexts too', () => {
    // (An exact amount in a currency with a scale word written at its end: "752.370 tỷ", "2 triệu".)
    const reference = (unit: string, qualifier: string, written: string): boolean =>
      ['dong', 'usd', 'euro', 'eur', 'yen'].includes(unit) && qualifier === 'exact' && /\s(?:tỷ|tỉ|triệu)$/iu.test(written);
    const corpus = texts();
    let money = 0;
    // Each text twice: the second article's passages copy the first one's contexts (see `figureContexts`).
    for (const [k, t] of corpus.entries()) {
      for (const copy of ['', 'b']) {
        for (const p of passagesOf(makeArticle(`m${k}${copy}`, t, null))) {
          for (const c of figureContexts(p)) {
            expect(c.money).toBe(reference(c.unit, c.figure.qualifier, c.figure.written));
            if (c.money) money++;
          }
        }
      }
    }
    expect(money).toBeGreaterThan(0);
  });

  it('finds the same matches for two anchored articles whether or not it counts their anchors again', () => {
    // The same-event pass asks `anchored` first for pairs kept by their figures, then `eventMatches` with no anchors to count.
    const corpus = texts().slice(0, 80);
    const lists = corpus.map((t, k) => passagesOf(makeArticle(`e${String(k).padStart(3, '0')}`, t, null)));
    const read = (ms: ReturnType<typeof eventMatches>): string[] => ms.map((m) => `${m.a.articleId}:${m.event.a.figure.start}/${m.b.articleId}:${m.event.b.figure.start} ${m.event.words.join(' ')}`);
    let pairs = 0;
    let matched = 0;
    for (let x = 0; x < lists.length; x++) {
      for (let y = x + 1; y < lists.length; y++) {
        const a = lists[x] as ReturnType<typeof passagesOf>;
        const b = lists[y] as ReturnType<typeof passagesOf>;
        if (!anchored(a, b)) continue;
        pairs++;
        const counted = read(eventMatches(a, b, new DecidedSentences()));
        matched += counted.length;
        expect(read(eventMatches(a, b, new DecidedSentences(), 0))).toEqual(counted);
      }
    }
    expect(pairs).toBeGreaterThan(0);
    expect(matched).toBeGreaterThan(0);
  });

  it('reads the names around a figure once per analysis and article text, never from another analysis', () => {
    const text = 'Tại Hà Nội, Công ty Minh Phát bán 1.200 xe trong tháng 9, còn Công ty Hoàng Long bán 900 xe.';
    const article = makeArticle('n1', text, null);
    const [p] = passagesOf(article);
    const f = p?.figures[0];
    if (p === undefined || f === undefined) throw new Error('no figure read');
    const first = buildContext([article], []);
    const names = nearNames(p, f, first);
    expect([...names]).toContain('minh phát');
    // Asked again in the same analysis: the same set, not read again.
    expect(nearNames(p, f, first)).toBe(names);
    // Another analysis reads its own (equal) set: nothing handed from one analysis to another.
    const second = buildContext([article], []);
    const again = nearNames(p, f, second);
    expect(again).not.toBe(names);
    expect([...again]).toEqual([...names]);
    // The article's text changed (the same length, the same passage): read from the new text.
    const edited = makeArticle('n1', text.replace('Minh Phát', 'Thái Bình'), null);
    second.articles.set('n1', edited);
    const read = nearNames(p, f, second);
    expect([...read]).toContain('thái bình');
    expect([...read]).not.toContain('minh phát');
  });

  it('answers whether two articles copy each other by their ids as by their pair key, either way round', () => {
    const articles = withEditedCopies().map((t, k) => makeArticle(`c${String(k).padStart(4, '0')}`, t, null));
    const { copies } = alignedPassageDrafts(buildContext(articles, []));
    let copied = 0;
    for (const a of articles) {
      for (const b of articles) {
        const byKey = copies.has(articlePairKey(a.id, b.id));
        expect(copies.hasPair(a.id, b.id)).toBe(byKey);
        if (byKey && a !== b) copied++;
      }
    }
    expect(copied).toBeGreaterThan(0);
  });
});
