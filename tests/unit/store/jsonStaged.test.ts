import { describe, expect, it } from 'vitest';
import { parseJsonStaged, stringifyPieces } from '../../../electron/store/lowdb/jsonStaged';
import { runStaged } from '../../../electron/store/state';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['a', 'Đà Nẵng', '"', '\\', '\\"', '{', '}', '[', ']', ',', ':', '\n', '\u0000', '😀', ' '];

function randomValue(rand: () => number, depth: number): unknown {
  const pick = rand();
  if (depth > 3 || pick < 0.3) {
    const leaf = Math.floor(rand() * 6);
    if (leaf === 0) return null;
    if (leaf === 1) return rand() < 0.5;
    if (leaf === 2) return Math.round((rand() - 0.5) * 1e6) / 100;
    return Array.from({ length: Math.floor(rand() * 6) }, () => PIECES[Math.floor(rand() * PIECES.length)]).join('');
  }
  if (pick < 0.65) return Array.from({ length: Math.floor(rand() * 6) }, () => randomValue(rand, depth + 1));
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(rand() * 6); i > 0; i--) out[`${PIECES[Math.floor(rand() * PIECES.length)]}${i}`] = randomValue(rand, depth + 1);
  return out;
}

/** JSON.parse's answer, or 'throws'. */
function reference(text: string): unknown {
  try {
    return { ok: JSON.parse(text) as unknown };
  } catch {
    return 'throws';
  }
}

function staged(text: string, leafBytes: number): unknown {
  try {
    return { ok: runStaged(parseJsonStaged(Buffer.from(text, 'utf8'), 0, undefined, leafBytes)) };
  } catch (e) {
    expect(e).toBeInstanceOf(SyntaxError);
    return 'throws';
  }
}

describe('parseJsonStaged (a journal line parsed in steps)', () => {
  it('gives what JSON.parse gives, walking every container (leaf size 1) or none', () => {
    const rand = rng(7);
    for (let i = 0; i < 400; i++) {
      const text = JSON.stringify(randomValue(rand, 0), null, rand() < 0.3 ? 1 : undefined);
      for (const leaf of [1, 16, 1 << 20]) expect(staged(text, leaf)).toEqual(reference(text));
    }
  });

  it('parses a value nested thousands of levels deep as JSON.parse does (no stack overflow), and throws a SyntaxError where it does', () => {
    const deep = (depth: number, inner: string) => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
    const big = `"${'y'.repeat(300_000)}"`;
    // Compared without recursion (toEqual overflows the stack on such values).
    const same = (a: unknown, b: unknown): boolean => {
      const stack: [unknown, unknown][] = [[a, b]];
      while (stack.length > 0) {
        const [x, y] = stack.pop()!;
        if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) {
          if (!Object.is(x, y)) return false;
          continue;
        }
        if (Array.isArray(x) !== Array.isArray(y) || Object.keys(x).join('\u0000') !== Object.keys(y).join('\u0000')) return false;
        for (const key of Object.keys(x)) stack.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
      }
      return true;
    };
    for (const text of [deep(5000, big), deep(5000, '{"a":[1,{"b":null}]}'), `{"k":${deep(20_000, big)}}`]) {
      for (const leaf of [1, 64 * 1024]) {
        const result = staged(text, leaf) as { ok: unknown };
        expect(result).not.toBe('throws');
        expect(same(result.ok, JSON.parse(text))).toBe(true);
      }
    }
    const damaged = deep(5000, big).slice(0, -1);
    for (const leaf of [1, 64 * 1024]) expect(staged(damaged, leaf)).toBe('throws');
  });

  it('throws where JSON.parse throws: cut short (a torn line), a byte changed, trailing text', () => {
    const rand = rng(11);
    let throwing = 0;
    for (let i = 0; i < 300; i++) {
      const text = JSON.stringify({ seq: i, set: Array.from({ length: 4 }, () => randomValue(rand, 1)), audit: [] });
      const cut = text.slice(0, Math.floor(rand() * text.length));
      const at = Math.floor(rand() * text.length);
      const changed = text.slice(0, at) + ['}', ']', ',', '"', ':', 'x', '\\'][Math.floor(rand() * 7)] + text.slice(at + 1);
      // As the journal holds them: UTF-8 (a cut through a surrogate pair reads as U+FFFD).
      for (const bad of [cut, changed, `${text}}`, `${text} 1`, `${text},`].map((t) => Buffer.from(t, 'utf8').toString('utf8'))) {
        const want = reference(bad);
        if (want === 'throws') throwing++;
        for (const leaf of [1, 8]) expect(staged(bad, leaf)).toEqual(want);
      }
    }
    expect(throwing).toBeGreaterThan(900);
  });

  it('keeps "__proto__" as an own property, as JSON.parse does', () => {
    const text = '{"__proto__":{"polluted":1},"a":[1,{"__proto__":2}]}';
    const out = staged(text, 1) as { ok: Record<string, unknown> };
    expect(out).toEqual(reference(text));
    expect(Object.getPrototypeOf(out.ok)).toBe(Object.prototype);
    expect(Object.keys(out.ok)).toEqual(['__proto__', 'a']);
  });

  it('yields while it parses a big line, and returns nothing before its end', () => {
    const line = Buffer.from(JSON.stringify({ seq: 1, set: Array.from({ length: 5000 }, (_, i) => ({ table: 'findings', id: `f_${i}`, after: { text: 'Hà Nội '.repeat(20) } })) }));
    const steps = parseJsonStaged(line);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    expect(yields).toBeGreaterThan(10);
    expect(step.value).toEqual(JSON.parse(line.toString('utf8')));
  });
});

describe('stringifyPieces', () => {
  it('gives exactly what JSON.stringify gives, in pieces, whatever the walk depth and piece size', () => {
    const rand = rng(20261130);
    const left = { u: undefined, f: () => 1, s: Symbol('x') };
    for (let i = 0; i < 400; i++) {
      const value = i % 7 === 0 ? { ...(randomValue(rand, 0) as object), ...left, list: [undefined, () => 1, Symbol('y'), ...[randomValue(rand, 1)]] } : randomValue(rand, 0);
      const whole = JSON.stringify(value);
      for (const [piece, depth] of [[1, 0], [1, 1], [1, 8], [7, 2], [64 * 1024, 2]] as const) {
        expect([...stringifyPieces(value, piece, depth)].join('')).toBe(whole);
      }
    }
    // Values JSON.stringify turns by toJSON, dates, null-prototype objects, holes.
    const special = { at: new Date(Date.UTC(2026, 0, 2)), own: { toJSON: () => 'own' }, bare: Object.assign(Object.create(null) as object, { a: 1 }), holes: Object.assign(new Array<number>(3), { 0: 1, 2: 3 }), n: NaN };
    expect([...stringifyPieces(special, 1, 4)].join('')).toBe(JSON.stringify(special));
  });

  it('hands out a document of records in pieces of about the piece size, never the whole text at once', () => {
    const doc = { events: Array.from({ length: 4096 }, (_, i) => ({ i, who: 'Lan', action: 'review.verified', target: `claim:c${i}`, note: 'Đã đối chiếu số liệu'.repeat(3) })) };
    const pieces = [...stringifyPieces(doc, 16 * 1024)];
    const whole = JSON.stringify(doc);
    expect(pieces.join('')).toBe(whole);
    // Runs of records sized from the run before: about the piece size each, never twice it.
    expect(pieces.length).toBeGreaterThan(whole.length / (32 * 1024));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(32 * 1024);
  });
});
