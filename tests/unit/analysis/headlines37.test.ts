import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import { buildDocument } from '../../../shared/document';

// One story two outlets publish from the same release: the body copied sentence for sentence, each with a headline
// of its own. The headline's figure is the report's own summary of its main fact.
const BODY =
  'Ngày 30/10, tại Hà Nội đã diễn ra cuộc họp giữa Bộ Giao thông Vận tải với Hiệp hội Vận tải ô tô Việt Nam và các nhà mạng. ' +
  'Theo Hiệp hội, cả nước hiện có khoảng 140.000 xe phải lắp thiết bị giám sát hành trình, mỗi xe phải trả từ 150.000 đến 200.000 đồng mỗi tháng cho dịch vụ truyền dữ liệu. ' +
  'Đặc biệt, gói cước MDT10 của MobiFone vừa ra chỉ có 10.000 đồng/tháng, với dung lượng 50MB không phát sinh phí. ' +
  'Các nhà mạng cho biết sẽ nghiên cứu để đưa vào gói cước 10.000 đồng/tháng nhằm áp dụng cho thiết bị giám sát hành trình trên 140.000 xe.';

function headlineFindings(titleA: string, titleB: string) {
  const a = buildDocument(`${titleA}\n31/10/2013 10:34\n\n${BODY}`, 'a.txt', '2026-01-01T00:00:00Z');
  const b = buildDocument(`${titleB}\n31/10/2013 08:15\n\n${BODY}`, 'b.txt', '2026-01-01T00:00:00Z');
  const articles = [
    { ...a.article, outlet: 'Báo A' },
    { ...b.article, outlet: 'Báo B' },
  ];
  return detectFindings(articles, [...a.claims, ...b.claims])
    .filter((f) => (f.type === 'conflict' || f.type === 'update') && (f.articleIds?.length ?? 0) > 1)
    .map((f) => (f.facts as unknown as { a: { quote: string }; b: { quote: string } }))
    .map((x) => [x.a.quote, x.b.quote].sort());
}

describe('two copies of one story: their headlines compare their figures (analysis 37)', () => {
  it('flags headlines that give the package two prices, one worded as a wish ("muốn có") and one as a plan ("sẽ có")', () => {
    const found = headlineFindings('Doanh nghiệp vận tải sẽ có gói cước 3G giá 20.000 đồng/tháng', 'DN vận tải muốn có gói cước 3G chỉ 10.000 đồng/tháng');
    expect(found).toContainEqual(['10.000', '20.000']);
  });

  it('raises nothing when the headlines agree', () => {
    expect(headlineFindings('Doanh nghiệp vận tải sẽ có gói cước 3G giá 10.000 đồng/tháng', 'DN vận tải muốn có gói cước 3G chỉ 10.000 đồng/tháng')).toEqual([]);
  });
});
