import { describe, expect, it } from 'vitest';
import { detectFindings, explainStoredFinding } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

function drawFindings(text: string): Finding[] {
  return detectFindings([makeArticle('d', text, '2013-10-24', 'Báo A')], []).filter((f) => f.rule === 'draw-score');
}

describe('a draw given an uneven score', () => {
  it('flags "hòa" followed by a score that is not level, with the words that lead to the score', () => {
    const found = drawFindings('Bảo lập công san bằng 1-1. Hòa 2-1 trong 90 phút, hai đội bước vào loạt luân lưu.');
    expect(found).toHaveLength(1);
    const f = found[0] as Finding;
    expect(f.type).toBe('internal');
    expect(f.spans?.map((s) => s.quote)).toEqual(['Hòa 2-1']);
    expect(f.facts).toMatchObject({ rule: 'draw-score', home: 2, away: 1 });
    expect(explainStoredFinding(f, 'vi')).toMatch(/“Hòa 2-1” là một trận hòa nhưng tỷ số 2-1 không cân bằng/);
    expect(explainStoredFinding(f, 'en')).toMatch(/“Hòa 2-1” is a draw, but the score 2-1 is not level/);
    expect(drawFindings('Kết thúc 90 phút, hai đội hòa nhau với tỷ số 1 - 2 và phải đá luân lưu.')[0]?.spans?.[0]?.quote).toBe('hòa nhau với tỷ số 1 - 2');
    expect(drawFindings('Arsenal bị cầm hòa 3 – 2 trên sân nhà.')).toHaveLength(1);
    expect(drawFindings('Chelsea cầm hoà đội khách 2:1.')).toHaveLength(1);
  });

  it('stays quiet on a level draw, a win after a draw, names, break-even, mediation, decimals and times', () => {
    expect(drawFindings('Hai đội hòa 1-1 ở lượt đi, thắng 2-1 ở lượt về.')).toEqual([]);
    expect(drawFindings('Hòa 0-0 sau 120 phút, Việt Nam thắng 4-3 trên chấm phạt đền.')).toEqual([]);
    expect(drawFindings('Khánh Hòa 2-1 Hà Nội. Hòa Phát 2-1 ở vòng loại. Hòa ghi bàn ấn định 2-1 cho đội nhà.')).toEqual([]);
    expect(drawFindings('Đảng Cộng hòa kiểm soát 53-47 tại Thượng viện. Bật điều hòa lên 1-2 độ.')).toEqual([]);
    expect(drawFindings('Đội chỉ cần hòa 1-2 trận nữa. Cả nước hòa chung không khí ngày 2-9. Nhà máy hòa lưới 2-3 tổ máy.')).toEqual([]);
    expect(drawFindings('Hai đội hòa rồi thua 1-2 ở lượt về. Chúng tôi không hòa mà thắng 2-1. Hai đội hòa 2-9-2024.')).toEqual([]);
    expect(drawFindings('Dự án đạt điểm hòa vốn 2-3 năm. Tổ hòa giải 3-4 vụ.')).toEqual([]);
    expect(drawFindings('Ván đấu hòa 0,5-0,5. Hai đội hòa lúc 20:30.')).toEqual([]);
    // A handicap line, not a score: the second number goes on past its digits.
    expect(drawFindings('Nhà cái ra kèo hòa 0-1,5 trái cho trận này.')).toEqual([]);
  });

  it('points at the claim the extractor made of the score', () => {
    const doc = buildDocument('U21 Việt Nam gặp U21 Sydney ở chung kết. Hòa 2-1 trong 90 phút, hai đội bước vào loạt luân lưu.', 'draw.txt', '2013-10-24T00:00:00Z');
    const score = doc.claims.find((c) => c.quote.includes('2-1'));
    expect(score).toBeDefined();
    const found = detectFindings([doc.article], doc.claims).filter((f) => f.rule === 'draw-score');
    expect(found).toHaveLength(1);
    expect(found[0]?.claimIds).toEqual([score?.id]);
  });
});
