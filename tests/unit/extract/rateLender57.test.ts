// Engine 57 (sessions 58-59, issue 11: the subject of claims), from the subject disagreements of tuned/ and of half A
// of the development articles (half B and the kept-aside sets only measured). Our own sentences: the cases each
// rule decides, and the near-misses it must leave alone.
import { describe, expect, it } from 'vitest';
import { datedClaimHolding } from './helpers';

/** The one claim of `body` (dated, under `title`) whose quote holds `fragment`. */
describe('a rate of a kind of lender named in lower case after "của"/"tại" in the rate\'s clause', () => {
  it('"lãi suất … của tổ chức tín dụng … giảm từ 6%/năm xuống 5,5%/năm": the lender, for both figures', () => {
    const body = 'Theo quyết định mới, lãi suất cho vay ngắn hạn tối đa của tổ chức tín dụng đối với các lĩnh vực ưu tiên giảm từ 6%/năm xuống 5,5%/năm.';
    expect(datedClaimHolding(body, '6%/năm', 'Lãi suất tiếp tục giảm').subject).toBe('Tổ chức tín dụng');
    expect(datedClaimHolding(body, '5,5%/năm', 'Lãi suất tiếp tục giảm').subject).toBe('Tổ chức tín dụng');
  });
  it('"tại X và Y": both lenders, listed as the guide lists two subjects; "tại một số ngân hàng": those banks', () => {
    const two = 'Lãi suất tiền gửi kỳ hạn 3 tháng tại công ty tài chính và quỹ tín dụng nhân dân giảm xuống 4,2%/năm.';
    expect(datedClaimHolding(two, '4,2%/năm', 'Lãi suất tiếp tục giảm').subject).toBe('Công ty tài chính, quỹ tín dụng nhân dân');
    const some = 'Lãi suất huy động kỳ hạn 6 tháng tại một số ngân hàng chỉ còn 4,8%/năm.';
    expect(datedClaimHolding(some, '4,8%/năm', 'Lãi suất tiếp tục giảm').subject).toBe('Một số ngân hàng');
  });

  // Near-misses.
  it('not "ngân hàng này" (a bank named before) nor a named bank or the regulator', () => {
    const back = 'Tại Vietcombank, lãi suất kỳ hạn 1 tháng là 3,1%/năm. Lãi suất kỳ hạn 12 tháng tại ngân hàng này là 5,6%/năm.';
    expect(datedClaimHolding(back, '5,6%/năm', 'Lãi suất tiếp tục giảm').subject).toBe('Vietcombank');
    const regulator = 'Lãi suất tái cấp vốn của Ngân hàng Nhà nước giữ ở mức 4,5%/năm.';
    expect(datedClaimHolding(regulator, '4,5%/năm', 'Lãi suất tiếp tục giảm').subject).toBe('Ngân hàng Nhà nước');
  });
});
