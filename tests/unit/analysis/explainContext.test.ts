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

  it('tells the other figures both sentences write apart from the context words ("21-19, 21-18" are scores, not words)', () => {
    const f = sameEventFinding();
    type Facts = { context: string[]; a: { sentence: { text: string } }; b: { sentence: { text: string } } };
    const facts = f.facts as unknown as Facts;
    const withSentences = (context: string[], a: string, b: string) =>
      ({
        ...f,
        facts: { ...facts, context, a: { ...facts.a, sentence: { ...facts.a.sentence, text: a } }, b: { ...facts.b, sentence: { ...facts.b.sentence, text: b } } },
      }) as unknown as Finding;
    const sets = withSentences(['21-19', '21-18'], 'Tiến Minh thắng 21-19, 21-18 và 21-17.', 'Tiến Minh thắng các set 21-19, 21-18, 21-7.');
    const vi = explainStoredFinding(sets, 'vi');
    expect(vi).toContain('(cùng đơn vị; các số liệu khác trong câu khớp nhau: 21-19, 21-18)');
    expect(vi).not.toContain('ngữ cảnh');
    expect(explainStoredFinding(sets, 'en')).toContain('(same unit; the other figures of the sentences agree: 21-19, 21-18)');
    // A score one sentence never writes (read from "mở tỷ số" as 1-0) is context, not a figure both give.
    const opened = withSentences(['1-0', 'ban', 'thu'], 'Văn Toàn đánh đầu mở tỷ số cho U23 Việt Nam ở phút 12.', 'Phút 14, Văn Toàn ghi bàn thứ nhất, 1-0.');
    expect(explainStoredFinding(opened, 'vi')).toContain('cùng ngữ cảnh: 1-0, bàn, thứ)');
    // A key no sentence writes (a word spelled out from an abbreviation) stays as the engine has it.
    const spelled = withSentences(['ngan', 'sach'], 'Thu NSNN đạt 1.000 tỷ.', 'Thu NSNN đạt 1.100 tỷ.');
    expect(explainStoredFinding(spelled, 'vi')).toContain('cùng ngữ cảnh: ngan, sach)');
  });

  it('spells a key as both sentences write it, not as another word of one sentence with the same letters (review of s35-lead 4.2)', () => {
    const f = sameEventFinding();
    type Facts = { context: string[]; a: { sentence: { text: string } } };
    const facts = f.facts as unknown as Facts;
    const salary = { ...f, facts: { ...facts, a: { ...facts.a, sentence: { ...facts.a.sentence, text: `Giá máy bằng một tháng lương, ${facts.a.sentence.text}` } } } } as unknown as Finding;
    const vi = explainStoredFinding(salary, 'vi');
    expect(vi).toMatch(/cùng ngữ cảnh: [^)]*lượng/);
    expect(vi).not.toMatch(/\blương\b/);
  });

  it('a step from one level both reports give reads "từ …", not the folded key "tu …" (review of s35-lead 4.1)', () => {
    const f = sameEventFinding();
    const facts = f.facts as unknown as { context: string[] };
    const step = { ...f, facts: { ...facts, context: ['mo', 'rong', 'tu 1,2 triệu'] } } as unknown as Finding;
    const vi = explainStoredFinding(step, 'vi');
    expect(vi).toContain(', cùng mức ban đầu: từ 1,2 triệu');
    expect(vi).not.toContain('tu 1,2');
    expect(explainStoredFinding(step, 'en')).toContain(', the same starting level: from 1,2 triệu');
  });
});
