import { describe, expect, it } from 'vitest';
import { figureContexts, type FigureContext } from '../../../shared/analysis/sameEvent';
import { passagesOf } from '../../../shared/analysis/passages';
import { makeArticle } from './helpers';

/** The same-event context of the figure written as `written` in `text` (undefined: none read). */
function contextOf(text: string, written: string): FigureContext | undefined {
  const at = text.indexOf(written);
  if (at < 0) throw new Error(`no ${written} in the text`);
  return passagesOf(makeArticle('x', text, '2013-10-22T08:00'))
    .flatMap((p) => figureContexts(p))
    .find((c) => c.figure.start === at);
}

describe('same-event figure contexts: what a figure counts (issue 10, proof b)', () => {
  it('reads "2.000 người" and "2 nghìn tỷ đồng" as figures: only four digits as written are a year', () => {
    const text = 'Năm 2013, lễ hội thu hút 2.000 người tham dự, doanh thu đạt 2 nghìn tỷ đồng.';
    expect(contextOf(text, '2013')).toBeUndefined();
    expect(contextOf(text, '2.000')?.unit).toBe('nguoi');
    expect(contextOf(text, '2 nghìn')?.unit).toBe('dong');
  });

  it('reads "mức 5,3% GDP" in percent, as "5,3% GDP" is, not in "mức"', () => {
    const a = contextOf('Chính phủ đề nghị năm 2014 bội chi ở mức 5,3% GDP.', '5,3');
    const b = contextOf('Quốc hội đồng ý tăng bội chi năm 2014 lên 5,3% GDP.', '5,3');
    expect(a?.unit).toBe('%');
    expect(b?.unit).toBe('%');
    // A word of rank or minute still says what a bare number counts.
    expect(contextOf('Tay vợt này đang xếp hạng 18 thế giới.', '18')?.unit).toBe('^hang');
  });

  it('reads the earlier level of "từ 4,8 lên 5,3% GDP" in the unit of the level reached', () => {
    const text = 'Ủy ban Tài chính nhất trí nâng trần bội chi 2014 từ 4,8 lên 5,3% GDP.';
    const x = contextOf(text, '4,8');
    expect(x?.unit).toBe('%');
    expect(x?.sign).toBe('earlier');
    // With a scale word on one side only ("từ 10 lên 12 triệu đồng"), the bare X is not read in đồng.
    expect(contextOf('Giá gói cước tăng từ 10 lên 12 triệu đồng.', '10 lên')?.unit).not.toBe('dong');
  });

  it('reads "3 triệu người", "1 triệu gia đình", "1,4 triệu cổ phiếu" as counts, not as đồng left unsaid', () => {
    expect(contextOf('Lễ hội đón 3 triệu người trong tuần qua.', '3 triệu')?.unit).toBe('nguoi');
    expect(contextOf('Chương trình hỗ trợ 1 triệu gia đình nghèo.', '1 triệu')?.unit).toBe('gia');
    expect(contextOf('Khối ngoại mua vào trên 1,4 triệu cổ phiếu VCB.', '1,4')?.unit).toBe('co');
    // The đồng left unsaid is still read after a word that names nothing counted.
    expect(contextOf('Thu ngân sách đạt 63.600 tỷ, tăng 5% so với cùng kỳ.', '63.600')?.unit).toBe('dong');
  });
});
