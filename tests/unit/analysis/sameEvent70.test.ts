import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../shared/analysis/passages';
import { figureContexts } from '../../../shared/analysis/sameEvent';
import { eventMatchesBetween, makeArticle, raisedBetween } from './helpers';

const units = (text: string): string[] => passagesOf(makeArticle('a', text, '2024-09-10T08:00')).flatMap(figureContexts).map((f) => `${f.figure.written} ${f.unit}`);

// Sentences written for this test (not taken from the corpus): two outlets' reports of one question time on
// poverty. They name the minister and give the housing support and the year's budget alike in the same words
// (reports of one event); each then gives the poverty lines, one outlet in đồng, the other in "nghìn" with the đồng
// left unsaid.
const POVERTY_A = (lines: string): string =>
  'Bộ trưởng trả lời chất vấn về giảm nghèo\n' +
  'Trả lời chất vấn tại Quốc hội sáng nay, Bộ trưởng Phạm Văn Hùng cho biết theo Bộ Lao động, đến hết năm nay cả nước đã hỗ trợ nhà ở cho 531.000 hộ nghèo. ' +
  'Ngân sách dành cho chương trình giảm nghèo năm nay khoảng 12.400 tỷ đồng. ' +
  `${lines} ` +
  'Bộ trưởng cho rằng cần rà soát lại cách bình xét ở cơ sở.';
const POVERTY_B = (lines: string): string =>
  'Rà soát hộ nghèo: nhiều địa phương còn lúng túng\n' +
  'Tại phiên chất vấn của Quốc hội sáng nay, Bộ trưởng Phạm Văn Hùng nói Bộ Lao động ghi nhận 531.000 hộ nghèo đã được hỗ trợ nhà ở. ' +
  'Năm nay ngân sách cho chương trình giảm nghèo vào khoảng 12.400 tỷ đồng. ' +
  `${lines} ` +
  'Nhiều đại biểu đề nghị nâng chuẩn nghèo trong giai đoạn tới.';
const LINES_A = 'Theo thông tư của Chính phủ, chuẩn nghèo hiện nay là 400.000 đồng ở nông thôn, 500.000 đồng ở thành thị.';
const linesB = (town: number): string => `Các thôn căn cứ chuẩn nghèo 400 nghìn ở nông thôn, ${town} nghìn ở thành thị để bình xét từng hộ.`;

describe('"500 nghìn ở thành thị": an amount in nghìn with the đồng left unsaid is in đồng, as one in tỷ or triệu is (analysis 46)', () => {
  it('reads the unit of "N nghìn" followed by a word that names nothing counted as đồng', () => {
    expect(units('Chuẩn nghèo là 400 nghìn ở nông thôn, 500 nghìn ở thành thị.')).toEqual(['400 nghìn dong', '500 nghìn dong']);
    // A noun after the scale word is what is counted, as before.
    expect(units('Cả nước hỗ trợ nhà ở cho khoảng 500 nghìn hộ nghèo.')).toEqual(['500 nghìn ho']);
    expect(units('Lễ hội thu hút khoảng 500 nghìn người tham dự.')).toEqual(['500 nghìn nguoi']);
  });

  it("compares a poverty line given in nghìn with the other outlet's in đồng", () => {
    // Before analysis 46 "600 nghìn ở thành thị" had the unit "ở": never compared with "500.000 đồng".
    expect(raisedBetween(POVERTY_A(LINES_A), POVERTY_B(linesB(600)))).toEqual([['500.000', '600 nghìn']]);
    // The same lines: nothing to raise.
    expect(raisedBetween(POVERTY_A(LINES_A), POVERTY_B(linesB(500)))).toEqual([]);
  });
});

// Sentences written for this test: two outlets' reports of one phone's launch. They name the phone and its maker and
// give the screen and the battery alike in the same words (reports of one event); each then describes the camera.
const PHONE_A = (camera: string): string =>
  'Orion ra mắt Vega Pro tại Việt Nam\n' +
  'Hãng Orion vừa giới thiệu điện thoại Vega Pro tại Hà Nội, màn hình rộng 6,1 inch và pin dung lượng 4.100 mAh. ' +
  `${camera} ` +
  'Vega Pro sẽ bán ra từ tuần sau tại các chuỗi bán lẻ lớn.';
const PHONE_B = (camera: string): string =>
  'Vega Pro của Orion có mặt tại Việt Nam\n' +
  'Điện thoại Vega Pro mà Orion công bố ở Hà Nội có pin 4.100 mAh, màn hình kích thước 6,1 inch. ' +
  `${camera} ` +
  'Giá bán của Vega Pro chưa được Orion công bố.';
const cameraB = (mp: number): string => `Điểm nhấn của máy là camera ${mp}MP chống rung quang học, đi kèm ứng dụng chụp ảnh Vega Camera.`;

describe('a word of a name that a sentence also writes in lower case is a word the two share, not a name (analysis 46)', () => {
  it('compares two cameras whose one shared word, "camera", is also the word of an app\'s name', () => {
    const a = 'Máy được tích hợp camera sau có độ phân giải 20 Megapixel cùng ống kính góc rộng.';
    // Before analysis 46 "camera" counted as a word of the name "Vega Camera", and two figures that share names only
    // are not one figure: the cameras were never compared.
    expect(raisedBetween(PHONE_A(a), PHONE_B(cameraB(30)))).toEqual([['20', '30']]);
    expect(raisedBetween(PHONE_A(a), PHONE_B(cameraB(20)))).toEqual([]);
  });

  it('still leaves apart two figures whose shared words both sentences write only in a name', () => {
    const a = 'Ứng dụng Vega Camera cho ảnh 20 Megapixel.';
    const b = 'Ảnh 30MP của Vega Camera được xử lý nhanh.';
    // The same-event matching pairs them by the words "Vega" and "Camera"…
    expect(eventMatchesBetween(PHONE_A(a), PHONE_B(b))).toEqual([['20', '30']]);
    // … which are a name's only: nothing raised.
    expect(raisedBetween(PHONE_A(a), PHONE_B(b))).toEqual([]);
  });
});

// Sentences written for this test: two outlets' reports of one morning session of a stock exchange. They give the
// turnover and the foreign buying alike in the same words (reports of one event); each then gives the index's level.
const SESSION_A = (level: string): string =>
  'Chứng khoán phiên sáng: nhóm ngân hàng kéo thị trường đi lên\n' +
  'Thanh khoản toàn sàn HOSE đạt 5.432 tỷ đồng, khối ngoại mua ròng 215 tỷ đồng. ' +
  `${level} ` +
  'Nhóm ngân hàng dẫn dắt đà tăng với nhiều mã tăng trần.';
const SESSION_B = (level: string): string =>
  'Cổ phiếu ngân hàng giúp thị trường giữ sắc xanh\n' +
  'Thanh khoản toàn sàn HOSE đạt 5.432 tỷ đồng, khối ngoại mua ròng 215 tỷ đồng. ' +
  `${level} ` +
  'Giới phân tích cho rằng dòng tiền đang quay lại thị trường.';

describe('"nhích nhẹ lên 1.265,4 điểm", "tăng lên 14,5%": the level a change reached, not the change (analysis 46)', () => {
  const signs = (text: string): string[] => passagesOf(makeArticle('a', text, '2024-09-10T08:00')).flatMap(figureContexts).map((f) => `${f.figure.written} ${f.sign}`);

  it('reads a figure after "lên" / "xuống" that follow a word of change as a level', () => {
    expect(signs('Thị phần của hãng đã tăng lên 14,5%, tăng 0,3% so với tháng trước.')).toEqual(['14,5 level', '0,3 change']);
    expect(signs('Lãi suất cho vay giảm xuống còn 7,5%.')).toEqual(['7,5 level']);
    // A change against another time stays a change, whatever stands before it.
    expect(signs('Doanh thu tăng lên 12% so với cùng kỳ năm trước.')).toEqual(['12 change']);
  });

  it('compares a level written "nhích nhẹ lên N điểm" with one written "đứng tại N điểm"', () => {
    const b = 'Tạm dừng phiên sáng, VN-Index đứng tại 1.256,4 điểm.';
    // Before analysis 46 "nhích nhẹ lên 1.265,4 điểm" was a change (of "nhích") and never compared with a level.
    const a = (level: string): string => `Chỉ số VN-Index tạm dừng buổi sáng, nhích nhẹ lên ${level} điểm.`;
    expect(raisedBetween(SESSION_A(a('1.265,4')), SESSION_B(b))).toEqual([['1.256,4', '1.265,4']]);
    expect(raisedBetween(SESSION_A(a('1.256,4')), SESSION_B(b))).toEqual([]);
  });
});

describe('"chiếm 56,2% GDP": a ratio to GDP is the same figure with or without "chiếm" (analysis 46)', () => {
  const signs = (text: string): string[] => passagesOf(makeArticle('a', text, '2024-09-10T08:00')).flatMap(figureContexts).map((f) => `${f.figure.written} ${f.sign}`);

  it('reads "chiếm N% GDP" as a level, as "N% GDP" is; another share stays a share', () => {
    expect(signs('Dư nợ công chiếm 56,2% GDP, trong giới hạn an toàn.')).toEqual(['56,2 level']);
    expect(signs('Nợ công dự kiến 56,2% GDP.')).toEqual(['56,2 level']);
    expect(signs('Khu vực dịch vụ chiếm 42% lao động cả nước.')).toEqual(['42 share']);
  });

  it('compares a spending written "chiếm N% GDP" with the other outlet\'s "tương đương N% GDP"', () => {
    const a = (share: string): string => `Khoản chi cho giảm nghèo hằng năm chiếm ${share}% GDP, Bộ trưởng thừa nhận.`;
    const b = 'Ông Hùng nói nguồn lực giảm nghèo tuy lớn nhưng dàn trải, chi hằng năm tương đương 1,6% GDP.';
    // Before analysis 46 the first was a share ("chiếm") and the second a level: never compared.
    expect(raisedBetween(POVERTY_A(a('2,6')), POVERTY_B(b))).toEqual([['1,6%', '2,6%']]);
    expect(raisedBetween(POVERTY_A(a('1,6')), POVERTY_B(b))).toEqual([]);
  });
});
