import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorErrors, checkAll, DEV_SPLITS, devHalves, findCorpus, GOLD_DIR, loadGold, shapeErrors, type GoldFile } from '../../tools/extract-gold';
import { pickSplit } from '../../tools/pick-gold-split';
import { DEV10_MAX_BYTES, pickDev10 } from '../../tools/pick-dev10';
import { HELDOUT2_MAX_BYTES, pickHeldout2 } from '../../tools/pick-heldout2';

// The hand-annotated extraction gold (issue 11): shape, split and anchoring of every file.
// The articles themselves stay in ../shared/corpus and are never copied into the repository.
const corpus = findCorpus();
if (!corpus) console.log('extraction gold: ../shared/corpus not found — surfaces are not resolved against the articles (shape checks still run)');
const split = JSON.parse(readFileSync(join(GOLD_DIR, 'split.json'), 'utf8')) as { seed: number; heldout: string[]; tuned: string[] };
const gold = loadGold();

describe('extraction gold files', () => {
  it('exist in both halves of the split, and only for articles the seeded split chose', () => {
    expect(gold.length).toBeGreaterThan(0);
    expect(split.heldout.length * 3).toBeGreaterThanOrEqual(split.heldout.length + split.tuned.length);
    for (const g of gold) if (g.split === 'tuned' || g.split === 'heldout') expect(split[g.split], g.path).toContain(g.doc.file);
  });

  it.each(DEV_SPLITS)('%s (a development set) holds only articles outside the seeded tuned/heldout split', (dev) => {
    const files = gold.filter((g) => g.split === dev);
    expect(files.length).toBeGreaterThan(0);
    for (const g of files) {
      expect(split.tuned, g.path).not.toContain(g.doc.file);
      expect(split.heldout, g.path).not.toContain(g.doc.file);
    }
  });

  it('heldout2 (a second held-out set) holds eight articles outside every other set, one per cluster', () => {
    const held2 = gold.filter((g) => g.split === 'heldout2');
    expect(held2.length).toBe(8);
    const elsewhere = new Set([...split.tuned, ...split.heldout, ...gold.filter((g) => g.split !== 'heldout2').map((g) => g.doc.file)]);
    for (const g of held2) expect(elsewhere.has(g.doc.file), g.path).toBe(false);
    const clusters = held2.map((g) => g.doc.file.split('/').slice(0, -1).join('/'));
    expect(new Set(clusters).size).toBe(held2.length);
  });

  it('dev10 holds articles outside every other set', () => {
    const dev10 = gold.filter((g) => g.split === 'dev10');
    expect(dev10.length).toBe(6);
    const elsewhere = new Set([...split.tuned, ...split.heldout, ...gold.filter((g) => g.split !== 'dev10').map((g) => g.doc.file)]);
    for (const g of dev10) expect(elsewhere.has(g.doc.file), g.path).toBe(false);
  });

  it('dev11 holds the two articles no other set covers, outside every other set', () => {
    const dev11 = gold.filter((g) => g.split === 'dev11');
    expect(dev11.map((g) => g.doc.file).sort()).toEqual(['clusters/cluster_049/12308812.txt', 'clusters/cluster_160/12239651.txt']);
    const elsewhere = new Set([...split.tuned, ...split.heldout, ...gold.filter((g) => g.split !== 'dev11').map((g) => g.doc.file)]);
    for (const g of dev11) expect(elsewhere.has(g.doc.file), g.path).toBe(false);
    const keptAside = new Set(readdirSync(join(GOLD_DIR, '..', 'cluster-gold', 'heldout')).map((f) => f.replace(/\.json$/u, '')));
    expect(keptAside.size).toBeGreaterThan(0);
    for (const g of dev11) expect(keptAside.has(g.doc.file.split('/')[1]!), g.path).toBe(false);
  });

  it('adding dev11 puts it wholly in half A and leaves every dev2–dev10 file in its half (half B unchanged)', () => {
    const dev = gold.filter((g) => DEV_SPLITS.includes(g.split));
    const before = dev.filter((g) => g.split !== 'dev11');
    const alternating = (files: typeof dev) => new Map(files.map((g, i) => [g.path, i % 2 === 0 ? 'A' : 'B']));
    const { a, b } = devHalves(dev);
    const now = new Map([...a.map((g) => [g.path, 'A'] as const), ...b.map((g) => [g.path, 'B'] as const)]);
    expect(now.size).toBe(dev.length);
    for (const [path, h] of alternating(before)) expect(now.get(path), path).toBe(h);
    for (const g of dev.filter((d) => d.split === 'dev11')) expect(now.get(g.path), g.path).toBe('A');
    expect(b.map((g) => g.path)).toEqual(before.filter((_, i) => i % 2 === 1).map((g) => g.path));
  });

  it('adding dev10 after dev9 leaves every dev2–dev9 file in its development half (A or B)', () => {
    const dev = gold.filter((g) => DEV_SPLITS.includes(g.split));
    const before = dev.filter((g) => g.split !== 'dev10' && g.split !== 'dev11');
    expect(dev.slice(0, before.length)).toEqual(before);
    const half = (files: typeof dev) => new Map(files.map((g, i) => [g.path, i % 2 === 0 ? 'A' : 'B']));
    const withDev10 = half(dev.filter((g) => g.split !== 'dev11'));
    for (const [path, h] of half(before)) expect(withDev10.get(path), path).toBe(h);
  });

  it('cover every article of the split, each once, in its own half', () => {
    for (const half of ['tuned', 'heldout'] as const) {
      const annotated = gold.filter((g) => g.split === half).map((g) => g.doc.file).sort();
      expect(annotated).toEqual([...split[half]].sort());
    }
    expect(gold.filter((g) => g.split === 'heldout').length).toBeGreaterThanOrEqual(11);
  });

  it('have the documented shape, kinds, qualifiers, modalities and periods', () => {
    for (const g of gold) expect(shapeErrors(g.doc, g.split), g.path).toEqual([]);
  });

  it('reject malformed entries (the shape check can fail)', () => {
    const good = gold[0]!.doc;
    const bad: GoldFile = JSON.parse(JSON.stringify(good)) as GoldFile;
    const c = bad.claims[0]!;
    bad.claims.push({ ...c });
    (c as { kind: string }).kind = 'number';
    (c as { qualifier: string }).qualifier = 'about';
    c.period = { from: '2013-13', to: null };
    const errs = shapeErrors(bad, gold[0]!.split).join('\n');
    expect(errs).toMatch(/kind number/);
    expect(errs).toMatch(/qualifier about/);
    expect(errs).toMatch(/period end 2013-13/);
    expect(errs).toMatch(/duplicate entry/);
    expect(shapeErrors({ ...good, split: gold[0]!.split === 'tuned' ? 'heldout' : 'tuned' }, gold[0]!.split).join('\n')).toMatch(/does not match folder/);
  });
});

describe.skipIf(!corpus)('extraction gold anchored in ../shared/corpus', () => {
  it('was chosen by the seeded split over the corpus', () => {
    expect(pickSplit(corpus!)).toEqual(split);
  });

  it('heldout2 is the seeded pick (seed 42) of files under 5,000 bytes in no other gold set', () => {
    const held2 = gold.filter((g) => g.split === 'heldout2').map((g) => g.doc.file);
    expect([...held2].sort()).toEqual([...pickHeldout2(corpus!)].sort());
    for (const f of held2) expect(statSync(join(corpus!, f)).size, f).toBeLessThan(HELDOUT2_MAX_BYTES);
  });

  it('dev10 is the seeded pick (seed 66) of small files in no earlier gold set, outside the cluster benchmark\'s held-out clusters', () => {
    const dev10 = gold.filter((g) => g.split === 'dev10').map((g) => g.doc.file);
    expect([...dev10].sort()).toEqual([...pickDev10(corpus!)].sort());
    for (const f of dev10) expect(statSync(join(corpus!, f)).size, f).toBeLessThan(DEV10_MAX_BYTES);
  });

  it('every surface occurs at least `occurrence` times in its article (NFC), outside date and source lines, without overlaps', () => {
    const { errors } = checkAll(corpus);
    expect(errors).toEqual([]);
  });

  it('flags a surface that does not resolve', () => {
    const g = gold[0]!;
    const text = readFileSync(join(corpus!, g.doc.file), 'utf8');
    const first = g.doc.claims[0]!;
    const count = text.normalize('NFC').split(first.surface).length - 1;
    const bad: GoldFile = { ...g.doc, claims: [{ ...first, occurrence: count + 1 }], non_claims: [] };
    expect(anchorErrors(bad, text).join('\n')).toMatch(/occurs fewer than/);
    expect(anchorErrors({ ...g.doc, claims: [first, { ...first, surface: first.surface.slice(0, 1) + 'Ω' }], non_claims: [] }, text).join('\n')).toMatch(/occurs fewer than/);
  });
});
