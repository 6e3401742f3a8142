/**
 * Synthetic pairs of reports that repeat figure sentences N times (issue 10), for tests/bench/repeatedSentences.ts
 * and the growth test: our own sentences, each pair led by figures given alike so that the two read as one event.
 */
export interface RepeatedShape {
  name: string;
  /** The two reports' texts with N repeated lines. */
  texts(n: number): [string, string];
}

const LEAD_A = 'Theo Cục Chăn nuôi, giá lợn hơi bình quân cả nước tháng 3 tăng 12,5% so với tháng trước. Giá lợn hơi bình quân tại miền Bắc đạt 52.300 đồng/kg.';
const LEAD_B = 'Giá lợn hơi bình quân cả nước tháng 3 tăng 12,5% so với tháng trước, Cục Chăn nuôi cho biết. Ở miền Bắc, giá lợn hơi bình quân đạt 52.300 đồng/kg.';

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');
/** The two reports: each its lead, then its N lines. */
const pair = (n: number, lineA: (i: number) => string, lineB: (i: number) => string): [string, string] => [`${LEAD_A}\n${lines(n, lineA)}`, `${LEAD_B}\n${lines(n, lineB)}`];

export const repeatedShapes: RepeatedShape[] = [
  {
    // One sentence given N times by each report, the second with another upper figure.
    name: 'same sentence',
    texts: (n) =>
      pair(
        n,
        () => 'Giá lợn hơi dao động 6.000 - 9.000 đồng/kg, tăng 100-300 đồng.',
        () => 'Giá lợn hơi dao động 6.000 - 9.500 đồng/kg, tăng 100-300 đồng.',
      ),
  },
  {
    // One price sentence given N times by each report, both its figures changed in the second.
    name: 'same price',
    texts: (n) =>
      pair(
        n,
        () => 'Giá lợn hơi tại chợ Long Biên đạt 61.200 đồng/kg, tăng 1.300 đồng so với tuần trước.',
        () => 'Giá lợn hơi tại chợ Long Biên đạt 63.700 đồng/kg, tăng 1.800 đồng so với tuần trước.',
      ),
  },
  {
    // One price sentence given N times by each report, worded otherwise by the second (no passage alignment).
    name: 'reworded',
    texts: (n) =>
      pair(
        n,
        () => 'Giá lợn hơi tại chợ Long Biên đạt 61.200 đồng/kg, tăng 1.300 đồng so với tuần trước.',
        () => 'Tại chợ Long Biên, lợn hơi được bán với giá 63.700 đồng/kg, cao hơn tuần trước 1.800 đồng.',
      ),
  },
  {
    // A price list: N lines of one shape, each market its own name and prices, one price changed in the second.
    name: 'price list',
    texts: (n) =>
      pair(
        n,
        (i) => `Chợ đầu mối số ${i + 1}: lợn hơi ${40 + (i % 30)}.500 đồng/kg, tăng ${100 + (i % 7) * 100} đồng.`,
        (i) => `Chợ đầu mối số ${i + 1}: lợn hơi ${40 + (i % 30)}.${i % 5 === 0 ? 8 : 5}00 đồng/kg, tăng ${100 + (i % 7) * 100} đồng.`,
      ),
  },
  {
    // A price list of N distinct lines (each its own market and price: no line twice), one price in five changed.
    name: 'distinct list',
    texts: (n) =>
      pair(
        n,
        (i) => `Chợ đầu mối số ${i + 1}: lợn hơi ${(40_000 + 13 * i).toLocaleString('vi-VN')} đồng/kg.`,
        (i) => `Chợ đầu mối số ${i + 1}: lợn hơi ${(40_000 + 13 * i + (i % 5 === 0 ? 2_000 : 0)).toLocaleString('vi-VN')} đồng/kg.`,
      ),
  },
  {
    // A price list of N distinct lines of ranges (each its own grade: no line twice), every range changed in the second.
    name: 'distinct ranges',
    texts: (n) =>
      pair(
        n,
        (i) => `Cá tra loại ${i + 1} mua 27.000đ-29.000đ/kg.`,
        (i) => `Cá tra loại ${i + 1} mua 28.000đ-30.000đ/kg.`,
      ),
  },
  {
    // The same list of single prices, every price changed in the second.
    name: 'distinct prices',
    texts: (n) =>
      pair(
        n,
        (i) => `Cá tra loại ${i + 1} mua 27.000 đồng/kg.`,
        (i) => `Cá tra loại ${i + 1} mua 28.000 đồng/kg.`,
      ),
  },
  {
    // A results table: N lines of scores between numbered teams.
    name: 'results',
    texts: (n) =>
      pair(
        n,
        (i) => `Đội Sao Mai ${i + 1} thắng ${1 + (i % 3)}-${i % 2} trước đội Bình Minh ${i + 1} ở phút ${10 + (i % 80)}.`,
        (i) => `Đội Sao Mai ${i + 1} thắng ${1 + (i % 3)}-${i % 2} trước đội Bình Minh ${i + 1} ở phút ${10 + ((i + (i % 4 === 0 ? 1 : 0)) % 80)}.`,
      ),
  },
];
