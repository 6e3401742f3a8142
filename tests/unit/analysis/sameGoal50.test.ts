import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

// Two outlets' reports of one cup match. A goal's minute mistyped by more than a few minutes ("phút 38"
// written "phút 48") is still one goal when both sentences give the score it made: a match reaches
// each score once.
const REPORT_A =
  'Thanh Hóa thắng Hải Phòng ở tứ kết\nPhút 38, Rimario băng vào dứt điểm cận thành, mở tỷ số 1-0 cho Thanh Hóa. ' +
  'Đầu hiệp hai, Lâm Ti Phông sút xa nâng tỷ số lên 2-0 ở phút 52. Hải Phòng chỉ gỡ được một bàn ở phút 88.';
const reportB = (first: string, second: string) =>
  'Thanh Hóa vào bán kết\nSau pha phối hợp bên cánh trái, tiền đạo Rimario đệm bóng cận thành mở tỷ số 1-0 cho đội khách ' +
  `ở phút ${first}. Lâm Ti Phông nâng tỷ số lên 2-0 bằng cú sút xa ở phút ${second}, trước khi Hải Phòng có bàn danh dự.`;

const raised = (b: string): string[][] =>
  detectFindings([makeArticle('a', REPORT_A, '2024-05-12T19:00', 'Báo A'), makeArticle('b', b, '2024-05-12T21:00', 'Báo B')], [])
    .filter((f) => f.rule === 'aligned-passage' && (f.type === 'conflict' || f.type === 'update'))
    .map((f: Finding) => {
      const x = f.facts as unknown as { a: { quote: string }; b: { quote: string } };
      return [x.a.quote, x.b.quote];
    });

describe('same-event minutes further apart than a slip, told one goal by the score they made', () => {
  it('flags "phút 38" against "phút 48" for the goal that made it 1-0 in both reports', () => {
    expect(raised(reportB('48', '52'))).toEqual([['38', '48']]);
    expect(raised(reportB('38', '62'))).toEqual([['52', '62']]);
  });

  it('agrees when the minutes agree, and never takes two goals for one: each minute with its own score', () => {
    expect(raised(reportB('38', '52'))).toEqual([]);
    // The 2-0 goal given ten minutes after the 1-0 one is another goal, not the 1-0 goal misdated.
    const otherGoal = 'Thanh Hóa vào bán kết\nĐội khách nâng tỷ số lên 2-0 ở phút 48 nhờ cú đánh đầu của Rimario sau quả phạt góc.';
    expect(raised(otherGoal)).toEqual([]);
  });
});
