import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { explainFinding } from '../../../shared/analysis/explain';
import type { FindingDraft } from '../../../shared/analysis/model';
import { buildDocument } from '../../../shared/document';

/**
 * A total followed by the whole list of its parts ("120 ca, gồm 45 ca ở …, 50 ca ở … và 15 ca ở …"):
 * the parts must add up to the total. Read from the real extraction of sentences written for this test.
 */
const listFindings = (text: string) => {
  const { article, claims } = buildDocument(text, 'bai.txt', '2026-12-01T00:00:00.000Z', { publishedAt: '2024-05-12' });
  return detectFindings([article], claims).filter((f) => f.rule === 'parts-exceed-total');
};

describe('internal: a total and the whole list of its parts after "gồm"', () => {
  it('flags counts that do not add up to the total (45 + 50 + 15 = 110, not 120), naming the sum and the total', () => {
    const [f, ...more] = listFindings(
      'Tính đến hết ngày 10/5, toàn tỉnh ghi nhận 120 ca mắc sốt xuất huyết, gồm 45 ca ở thành phố Thanh Hóa, 50 ca ở huyện Quảng Xương và 15 ca ở huyện Hoằng Hóa.',
    );
    expect(more).toEqual([]);
    expect(f?.type).toBe('internal');
    expect(f?.explanation).toContain('110');
    expect(f?.explanation).toContain('các phần “45 ca” + “50 ca” + “15 ca” cộng lại được 110, không bằng tổng “120 ca mắc”');
    // Rendered from its facts in English too.
    expect(explainFinding({ type: 'internal', facts: f?.facts as FindingDraft['facts'] }, 'en')).toContain('the parts “45 ca” + “50 ca” + “15 ca” add up to 110, not the total “120 ca mắc”');
  });

  it('flags a list in brackets, and money in one unit (300 + 150 = 450, not 500 tỷ đồng)', () => {
    expect(listFindings('Năm 2023, tỉnh tiếp nhận 42 dự án đầu tư (gồm 30 dự án trong nước và 10 dự án có vốn nước ngoài).')).toHaveLength(1);
    const [money] = listFindings('Tổng vốn đầu tư dự án là 500 tỷ đồng, bao gồm 300 tỷ đồng vốn ngân sách tỉnh và 150 tỷ đồng vốn xã hội hóa.');
    expect(money?.explanation).toContain('cộng lại được 450 tỷ, không bằng tổng “500 tỷ đồng”');
  });

  it('near-miss: parts that add up, an open list, an approximate figure, one part only', () => {
    expect(listFindings('Toàn tỉnh ghi nhận 120 ca mắc, gồm 45 ca ở thành phố, 50 ca ở huyện Quảng Xương và 25 ca ở huyện Hoằng Hóa.')).toEqual([]);
    expect(listFindings('Toàn tỉnh ghi nhận 120 ca mắc, gồm 45 ca ở thành phố, 50 ca ở huyện Quảng Xương và một số ca ở các huyện khác.')).toEqual([]);
    expect(listFindings('Toàn tỉnh ghi nhận hơn 120 ca mắc, gồm 45 ca ở thành phố và 50 ca ở huyện Quảng Xương.')).toEqual([]);
    expect(listFindings('Toàn tỉnh ghi nhận 120 ca mắc, gồm khoảng 45 ca ở thành phố và 50 ca ở huyện Quảng Xương.')).toEqual([]);
    expect(listFindings('Toàn tỉnh ghi nhận 120 ca mắc, gồm 45 ca nặng đang điều trị tại bệnh viện tỉnh.')).toEqual([]);
  });

  it('near-miss: a subset inside the list, a figure after the list ends, parts counted in another noun', () => {
    expect(listFindings('Toàn tỉnh có 120 ca mắc, gồm 45 ca ở thành phố (trong đó 20 ca nặng), 50 ca ở Quảng Xương và 25 ca ở Hoằng Hóa.')).toEqual([]);
    expect(listFindings('Toàn tỉnh có 120 ca mắc, gồm 45 ca ở thành phố và 75 ca ở huyện Quảng Xương; 30 ca đã xuất viện.')).toEqual([]);
    expect(listFindings('Toàn tỉnh có 120 ca mắc, gồm 45 ca ở thành phố, 50 ca ở Quảng Xương và 20 trẻ em ở Hoằng Hóa.')).toEqual([]);
    expect(listFindings('Đoàn công tác gồm 25 người, gồm 12 cán bộ tỉnh và 10 cán bộ huyện.')).toEqual([]);
  });

  it('near-miss: "gồm" far from the total, or parts that are changes, not counts', () => {
    expect(listFindings('Toàn tỉnh có 120 ca mắc trong đợt dịch kéo dài suốt mùa mưa năm nay ở nhiều nơi, gồm 45 ca ở thành phố và 50 ca ở huyện.')).toEqual([]);
    expect(listFindings('Toàn tỉnh có 120 ca mắc, gồm 45 ca ở thành phố, tăng 10 ca so với tuần trước, và 65 ca ở huyện.')).toEqual([]);
  });
});

/** Sentences of the review of s39-lead (REVIEW-lead A1–A6, M1): the list is read as a closed whole or not at all. */
describe('internal: a list after "gồm" that need not add up (review of s39-lead)', () => {
  it('A1/A6: parts adding up to more are left alone — a clause after the list, a second total, groups that overlap', () => {
    for (const text of [
      'Vụ cháy làm 3 người chết, gồm 2 người chết tại chỗ, 1 người tử vong trên đường đi cấp cứu, và 5 người bị thương.',
      'Có 120 ca mắc, gồm 45 ca nhập viện và 75 ca điều trị tại nhà, trong khi năm ngoái là 90 ca.',
      'Năm 2023 có 120 ca mắc, gồm 45 ca ở thành phố và 75 ca ở huyện, còn năm 2022 có 100 ca, gồm 50 ca ở thành phố và 50 ca ở huyện.',
      'Tỉnh có 150 xã, gồm 120 xã đạt chuẩn nông thôn mới và 60 xã có đường nhựa đến trung tâm.',
      'Hội nghị có 300 đại biểu tham dự, gồm 200 đại biểu chính thức, 100 đại biểu khách mời, 50 đại biểu nữ.',
    ]) expect(listFindings(text), text).toEqual([]);
  });

  it('A3/A4/A5: a range, items priced in a money list, "còn lại" after ";" or in the next sentence leave it alone', () => {
    for (const text of [
      'Bệnh viện đã điều trị cho 80 bệnh nhân, gồm 30-35 bệnh nhân nặng và 40 bệnh nhân nhẹ.',
      'Tổng giá trị giải thưởng 500 triệu đồng, gồm 30 suất trị giá 10 triệu đồng và 20 suất trị giá 5 triệu đồng.',
      'Tổng giá trị giải thưởng 250 triệu đồng, gồm 1 giải nhất 100 triệu đồng, 2 giải nhì 50 triệu đồng và 5 giải ba 10 triệu đồng.',
      'Mỗi tổ có 10 người, gồm 2 người của công an xã và 3 người của dân quân; còn lại là tình nguyện viên.',
      'Toàn tỉnh ghi nhận 120 ca mắc, gồm 45 ca ở thành phố và 50 ca ở huyện Quảng Xương. Số còn lại rải rác ở 5 huyện.',
    ]) expect(listFindings(text), text).toEqual([]);
  });

  it('M1: "gồm:" with a colon opens the list too', () => {
    expect(listFindings('Toàn tỉnh có 120 ca mắc, gồm: 45 ca ở thành phố, 50 ca ở Quảng Xương và 15 ca ở Hoằng Hóa.')).toHaveLength(1);
  });
});

/** Sentences of the second review of s39-lead (REVIEW-lead2 A1–A4, B-money): only a closed breakdown is read. */
describe('internal: a list after "gồm" read only as a closed breakdown (second review of s39-lead)', () => {
  it('an item without a figure, highlighted groups, a rounded total, "bao gồm cả", the rest given after "Ngoài ra" leave it alone', () => {
    for (const text of [
      'Lực lượng tham gia cứu hộ có 200 người, gồm 80 người của bộ đội biên phòng, 60 người của công an và dân quân tự vệ địa phương.',
      'Kỳ bầu cử có 500 đại biểu trúng cử, gồm 151 đại biểu nữ và 68 đại biểu trẻ tuổi.',
      'Dân số toàn tỉnh là 1,2 triệu người, gồm 598.000 người là nam và 597.000 người là nữ.',
      'Tổng kinh phí là 2,3 tỷ đồng, gồm 1,25 tỷ đồng từ ngân sách và 1,02 tỷ đồng vốn đối ứng.',
      'Đoàn có 40 người, bao gồm cả 12 người của ban tổ chức và 10 phóng viên.',
      'Toàn tỉnh ghi nhận 30 ca mắc, gồm 14 ca ở thành phố và 12 ca ở huyện Cẩm Thủy. Ngoài ra có 4 ca ở các huyện miền núi.',
    ]) expect(listFindings(text), text).toEqual([]);
  });

  it('a breakdown whose every item carries one figure and that covers most of the total is still read', () => {
    expect(listFindings('Toàn huyện có 1.250 giáo viên, gồm 400 giáo viên mầm non, 500 giáo viên tiểu học và 300 giáo viên trung học cơ sở.')).toHaveLength(1);
  });
});

/** Sentences of the third review of s39-lead (REVIEW-lead3): parts rounded one by one, the rest named "khác" after the list. */
describe('internal: a list after "gồm" whose parts are rounded, or whose rest is named after it (third review of s39-lead)', () => {
  it('a count in digits is exact: one missing of twelve is flagged', () => {
    expect(listFindings('Vụ tai nạn làm 12 người bị thương, gồm 5 người ở xã Tân Hòa, 4 người ở xã Tân Lập và 2 người ở thị trấn.')).toHaveLength(1);
  });

  it('leaves them alone', () => {
    for (const text of [
      'Số lao động có việc làm là 52,4 triệu người, gồm 19,5 triệu người ở thành thị và 32,8 triệu người ở nông thôn.',
      'Vụ sạt lở làm 25 người mất tích, gồm 9 người ở thôn Làng Nủ và 8 người ở thôn Kho Vàng; các nạn nhân khác chưa xác định danh tính.',
      'Bệnh viện tiếp nhận 40 nạn nhân, gồm 22 nạn nhân bỏng nặng và 12 nạn nhân ngạt khói. Sáu nạn nhân khác chỉ bị thương nhẹ.',
    ]) expect(listFindings(text), text).toEqual([]);
  });
});


/** Session 40: the misses the session 39 note listed — a label with digits before "gồm", a "gồm:" list of one item per ";". */
describe('internal: a list after "gồm" behind a label with digits, or one item per ";" after "gồm:" (session 40)', () => {
  it('digits that are no figure between the total and "gồm" ("lớp 10", "Covid-19")', () => {
    expect(listFindings('Năm học này, trường có 450 học sinh lớp 10, gồm 200 học sinh nam và 230 học sinh nữ.')).toHaveLength(1);
    expect(listFindings('Bệnh viện đang điều trị 60 bệnh nhân Covid-19, gồm 20 bệnh nhân nặng và 30 bệnh nhân nhẹ.')).toHaveLength(1);
    expect(listFindings('Năm học này, trường có 450 học sinh lớp 10, gồm 200 học sinh nam và 250 học sinh nữ.')).toEqual([]);
  });

  it('"gồm:" with one item per ";"', () => {
    const [f, ...more] = listFindings('Tỉnh thu hút 12 dự án FDI, gồm: 5 dự án ở Yên Phong; 4 dự án ở Quế Võ; 2 dự án ở Tiên Du.');
    expect(more).toEqual([]);
    expect(f?.explanation).toContain('cộng lại được 11');
    expect(listFindings('Tỉnh thu hút 12 dự án FDI, gồm: 5 dự án ở Yên Phong; 4 dự án ở Quế Võ; 3 dự án ở Tiên Du.')).toEqual([]);
    expect(listFindings('Tỉnh thu hút 12 dự án FDI, gồm : 5 dự án ở Yên Phong; 4 dự án ở Quế Võ; 2 dự án ở Tiên Du.')).toHaveLength(1);
  });

  it('near-miss: a figure after ";" that completes the total; another figure before "gồm" owns the list; the rest named after the list', () => {
    expect(listFindings('Tỉnh thu hút 12 dự án FDI, gồm 5 dự án ở Yên Phong và 4 dự án ở Quế Võ; 3 dự án ở Tiên Du đã khởi công.')).toEqual([]);
    expect(listFindings('Trong tháng có 200 lượt khách, 40 lượt khách quốc tế, gồm 20 lượt khách Hàn Quốc và 15 lượt khách Nhật Bản.').map((f) => f.explanation.includes('200'))).not.toContain(true);
    expect(listFindings('Tỉnh thu hút 12 dự án FDI, gồm: 5 dự án ở Yên Phong; 4 dự án ở Quế Võ; còn lại ở Tiên Du.')).toEqual([]);
  });

  // Review of s40-lead (W3-1…W3-4, S5): a figure after ";" that does not complete the total is a new statement.
  it('a new statement after ";" leaves the list short of its total', () => {
    for (const text of [
      'Toàn tỉnh có 120 ca mắc, gồm 45 ca ở thành phố, 50 ca ở huyện Quảng Xương và 15 ca ở huyện Hoằng Hóa; 3 ca đã tử vong.',
      'Năm 2024, tỉnh thu hút 12 dự án, gồm 5 dự án ở Yên Phong và 4 dự án ở Quế Võ; 3.000 lao động đã được tuyển dụng.',
      'Tổng vốn đầu tư là 500 tỷ đồng, gồm 300 tỷ đồng ngân sách và 150 tỷ đồng vốn vay; 20 tỷ đồng đã được giải ngân.',
      'Huyện có 40 hộ nghèo, gồm 25 hộ ở xã Tân An và 10 hộ ở xã Tân Phú; 2 hộ đã được hỗ trợ làm nhà.',
    ]) expect(listFindings(text), text).toHaveLength(1);
  });

  it('a duration, a rank or a count after an amount between the total and "gồm" does not own the list', () => {
    expect(listFindings('Thành phố ghi nhận 320 ca bệnh trong 2 tuần, gồm 150 ca ở quận Hải Châu và 100 ca ở quận Thanh Khê.')).toHaveLength(1);
    expect(listFindings('Tỉnh có 120 ca mắc, đứng thứ 2 cả nước, gồm 45 ca ở thành phố và 50 ca ở huyện.')).toHaveLength(1);
    // Second review: a count between an amount and "gồm" names who got it; the amounts after "gồm" are its parts.
    expect(listFindings('Ngân hàng giải ngân 800 tỷ đồng cho 2.000 khách hàng, gồm 500 tỷ đồng cho doanh nghiệp và 200 tỷ đồng cho hộ kinh doanh.')).toHaveLength(1);
    expect(listFindings('Ngân hàng giải ngân 800 tỷ đồng cho 2.000 khách hàng, gồm 500 tỷ đồng cho doanh nghiệp và 300 tỷ đồng cho hộ kinh doanh.')).toEqual([]);
    // Third review: a change between the total and "gồm" may be what the list breaks down.
    expect(listFindings('Thu ngân sách năm 2024 đạt 9.500 tỷ đồng, tăng 6.500 tỷ đồng, gồm 4.000 tỷ đồng thu nội địa và 2.500 tỷ đồng thu từ xuất nhập khẩu.')).toEqual([]);
  });
});
