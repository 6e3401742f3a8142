import { describe, expect, it } from 'vitest';
import { codePointOffsets, toDoccanoJsonl, type DoccanoLine } from '../../../shared/export/doccanoJsonl';
import { selectForExport } from '../../../shared/export/select';
import { article, claimIn, emptyWorkspace, review, sampleIds, sampleWorkspace } from './helpers/workspace';

function lines(jsonl: string): DoccanoLine[] {
  expect(jsonl.endsWith('\n')).toBe(true);
  return jsonl.trimEnd().split('\n').map((l) => JSON.parse(l) as DoccanoLine);
}

/** What Python (doccano) does with the offsets: slice by code points. */
const slicePython = (text: string, start: number, end: number): string => [...text].slice(start, end).join('');

describe('toDoccanoJsonl', () => {
  const ws = sampleWorkspace();
  const ids = sampleIds(ws);

  it('writes one line per article with its text and [start, end, kind] spans', () => {
    const out = lines(toDoccanoJsonl(selectForExport(ws)));
    expect(out.map((l) => l.id)).toEqual(['a_kinhte', 'a_xang']);
    const first = out[0];
    expect(first?.label).toEqual([
      [ws.claims[1]?.start, ws.claims[1]?.end, 'percent'],
      [ws.claims[2]?.start, ws.claims[2]?.end, 'percent'],
    ]);
    for (const line of out) for (const [s, e] of line.label) expect(slicePython(line.text, s, e)).toMatch(/^[\d,./]+%?$/);
    expect(first).toMatchObject({ title: 'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023', outlet: 'Báo Mẫu', url: 'https://baomau.example.vn/kinh-te/tang-truong-65.html' });
    expect(first?.claims.map((c) => [c.id, c.status, c.verdict])).toEqual([
      [ids.gdpA, 'verified', 'true'],
      [ids.jobless, 'corrected', 'inaccurate'],
    ]);
  });

  it('gives a flagged claim its flag reason id (as in the workspace JSON), and null to the others', () => {
    const flagged = structuredClone(ws);
    const gdpB = flagged.reviews[ids.gdpB];
    if (!gdpB) throw new Error('sample changed');
    gdpB.flagReason = 'needs_source';
    const claims = lines(toDoccanoJsonl(selectForExport(flagged, { statuses: ['verified', 'flagged'] }))).flatMap((l) => l.claims);
    expect(claims.find((c) => c.id === ids.gdpB)?.flagReason).toBe('needs_source');
    expect(claims.filter((c) => c.id !== ids.gdpB).map((c) => c.flagReason)).toEqual(claims.filter((c) => c.id !== ids.gdpB).map(() => null));
  });

  it('counts offsets in code points, so an emoji before a claim does not shift its span', () => {
    const text = 'Bài đăng 🔥🔥 viết: giá điện tăng 4,8% từ hôm nay.';
    const a = article('a_emoji', text);
    const c = claimIn(a, '4,8%');
    const ws2 = { ...emptyWorkspace(), articles: [a], claims: [c], reviews: { [c.id]: review(c.id) } };
    const [line] = lines(toDoccanoJsonl(selectForExport(ws2)));
    const [span] = line?.label ?? [];
    expect(span?.[0]).toBe(c.start - 2);
    expect(slicePython(text, span?.[0] ?? 0, span?.[1] ?? 0)).toBe('4,8%');
  });

  it('maps offsets with no astral characters to themselves', () => {
    const map = codePointOffsets('Hà Nội tăng 5%');
    expect([0, 3, 14].map(map)).toEqual([0, 3, 14]);
  });

  it('keeps newlines inside the JSON string so each article stays on one line', () => {
    const jsonl = toDoccanoJsonl(selectForExport(ws));
    expect(jsonl.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
