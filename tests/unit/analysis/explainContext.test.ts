import { describe, expect, it } from 'vitest';
import { detectFindings, explainStoredFinding } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

// Two outlets re-wording one product launch: no sentence is shared, the figures are (as in sameEvent.test.ts).
const A =
  'Nokia ra mắt Lumia Z tại Hà Nội\nHãng Nokia vừa giới thiệu Lumia Z tại Việt Nam. Lumia Z được trang bị pin dung lượng 3.400 mAh, ' +
  'bộ xử lý Snapdragon chạy ở tốc độ 2,2 GHz, màn hình kích thước 6,1 inch. Máy có giá bán 15,99 triệu đồng.';
const B =
  'Lumia Z chính thức bán tại Việt Nam\nSáng nay, Nokia công bố giá Lumia Z ở thị trường trong nước. ' +
  'Theo hãng, máy sử dụng dung lượng pin 3.200mAh, chip Snapdragon lõi tứ tốc độ 2,2GHz. Màn hình có kích thước 6,1 inch. ' +
  'Giá bán của Lumia Z là 15,99 triệu đồng.';

function sameEventFinding(): Finding {
  const found = detectFindings([makeArticle('a', A, '2013-10-22T08:00', 'Báo A'), makeArticle('b', B, '2013-10-22T10:30', 'Báo B')], []).filter(
    (f) => f.rule === 'aligned-passage',
  );
  expect(found).toHaveLength(1);
  return found[0] as Finding;
}

describe('a same-event finding says what makes the two sentences one figure, in the words an editor reads', () => {
  it('names the shared words as the sentences write them, with their diacritics, not the folded keys', () => {
    const f = sameEventFinding();
    const context = (f.facts as unknown as { context: string[] }).context;
    // The engine compares folded keys …
    expect(context).toEqual(expect.arrayContaining(['dung', 'luong', 'pin']));
    // … the editor reads the words.
    const vi = explainStoredFinding(f, 'vi');
    expect(vi).toMatch(/cùng ngữ cảnh: [^)]*dung[^)]*lượng/);
    expect(vi).not.toMatch(/\bluong\b/);
    expect(explainStoredFinding(f, 'en')).toMatch(/same context: [^)]*lượng/);
    expect(f.explanation).toBe(vi);
  });

  it('tells the other figures that agree apart from the context words ("21-19, 21-18" are scores, not words)', () => {
    const f = sameEventFinding();
    const facts = f.facts as unknown as { context: string[] };
    const scores = { ...f, facts: { ...facts, context: ['21-19', '21-18'] } } as unknown as Finding;
    const vi = explainStoredFinding(scores, 'vi');
    expect(vi).toContain('(cùng đơn vị; các số liệu khác trong câu khớp nhau: 21-19, 21-18)');
    expect(vi).not.toContain('ngữ cảnh');
    expect(explainStoredFinding(scores, 'en')).toContain('(same unit; the other figures of the sentences agree: 21-19, 21-18)');
    const both = { ...f, facts: { ...facts, context: ['1-1', 'ban', 'thu'] } } as unknown as Finding;
    // A key no sentence writes (a word spelled out from an abbreviation) stays as the engine has it.
    expect(explainStoredFinding(both, 'vi')).toContain('cùng ngữ cảnh: ban, thu; các số liệu khác trong câu khớp nhau: 1-1)');
  });
});
