import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET_OF_YEAR, CLAUSE_SUBJECT, IN_FORCE_DAY, VERB_OR_DIGIT } from '../../../shared/extract/context';
import { extractClaims } from '../../../shared/extract';

/**
 * Cheap tests run before a costly regex (session 39, extraction speed): each must pass wherever the regex can
 * give what the reader uses, so that skipping the regex changes no output.
 */

const pieces = (list: string[]) => fc.array(fc.constantFrom(...list), { maxLength: 14 }).map((parts) => parts.join(''));

describe('the budget year and the day in force are looked for only in texts naming their words', () => {
  const texts = pieces([
    'ngân sách', 'dự toán', 'năm', '2013', '2014', ' ', '  ', '\t', ',', 'thu', 'cân đối', 'nhà nước', 'có hiệu lực', 'thi hành',
    'áp dụng', 'được', 'kể', 'từ', 'ngày', '1/7/2021', '22', 'tháng', '10', 'giờ', 'h', 'phút', 'ngân', 'sách', 'hiệu lực', 'x',
  ]);

  it('finds every match of either regex in a text holding its words', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const m of text.matchAll(BUDGET_OF_YEAR)) expect(m[0].includes('ngân sách') || m[0].includes('dự toán')).toBe(true);
        for (const m of text.matchAll(IN_FORCE_DAY)) expect(m[0].includes('có hiệu lực') || m[0].includes('áp dụng')).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it('still reads a budget year and a day in force where the text names them', () => {
    expect([...'dự toán ngân sách nhà nước năm 2013'.matchAll(BUDGET_OF_YEAR)].map((m) => m[1])).toEqual(['2013']);
    expect([...'năm 2013 thu cân đối ngân sách'.matchAll(BUDGET_OF_YEAR)].map((m) => m[2])).toEqual(['2013']);
    expect([...'nghị quyết có hiệu lực từ ngày 1/7/2021'.matchAll(IN_FORCE_DAY)].map((m) => m.slice(1, 4))).toEqual([['1', '7', '2021']]);
    // Near misses: the words alone, another year's word order.
    expect([...'ngân sách tỉnh tăng mạnh'.matchAll(BUDGET_OF_YEAR)]).toEqual([]);
    expect([...'áp dụng cho năm 2021'.matchAll(IN_FORCE_DAY)]).toEqual([]);
  });
});

describe("the clause's subject is read only when its verb or an earlier figure can be there", () => {
  const windows = pieces([
    '\n', ', ', '; ', 'Chỉ số ', 'chỉ số ', 'Nikkei', ' 225', 'Cổ phiếu ', 'Apple', 'Hòa Phát', 'Vinamilk', ' đã', ' cũng', ' lại',
    ' tăng', ' giảm', ' hụt', ' đạt', ' lên', ' xuống', ' leo lên', ' ghi thêm', ' chiếm', ' có', ' ở mức', ' đóng cửa ở', ' nhẹ',
    ' lợi nhuận', ' doanh thu', ' 3,88 điểm', ' (', '0,18%', '), ', ' thì', ' Nhưng', ' cho biết', ' ngân sách trung ương', ' ',
  ]);

  it('passes wherever the regex gives a verb or an earlier figure', () => {
    let withVerb = 0;
    fc.assert(
      fc.property(windows, (before) => {
        const m = CLAUSE_SUBJECT.exec(before);
        if (m?.groups?.verb !== undefined || m?.groups?.chain !== undefined) {
          withVerb++;
          expect(VERB_OR_DIGIT.test(before)).toBe(true);
        }
      }),
      { numRuns: 4000, seed: 39 },
    );
    // The windows did give verbs and figures.
    expect(withVerb).toBeGreaterThan(20);
  });

  it('keeps the subjects it read, and reads none without a verb', () => {
    const subjects = (text: string) => extractClaims(text).map((c) => c.subject);
    expect(subjects('Tính đến 10h30, chỉ số Nikkei đã tăng 0,65%.')).toEqual(['Chỉ số Nikkei']);
    expect(VERB_OR_DIGIT.test('\nTheo Bộ Tài chính, doanh thu của Samsung Việt Nam')).toBe(false);
  });
});
