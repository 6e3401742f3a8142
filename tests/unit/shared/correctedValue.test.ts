import { describe, expect, it } from 'vitest';
import { correctedValueProblem } from '../../../shared/review';

describe('correctedValueProblem', () => {
  it('says a streak above 200 is too long, not that it is not a whole number', () => {
    expect(correctedValueProblem({ kind: 'streak', total: null }, 200)).toBeNull();
    expect(correctedValueProblem({ kind: 'streak', total: null }, 250)).toEqual({ vi: 'Độ dài chuỗi liên tiếp không thể quá 200.', en: 'A streak cannot be longer than 200.' });
    expect(correctedValueProblem({ kind: 'streak', total: null }, 9.5)?.vi).toBe('Độ dài chuỗi liên tiếp phải là một số nguyên dương, ví dụ 4.');
  });

  it('writes a rank total the way each language writes numbers', () => {
    expect(correctedValueProblem({ kind: 'rank', total: 1891 }, 1900)).toEqual({
      vi: 'Thứ hạng không thể lớn hơn tổng số 1.891 được xếp hạng.',
      en: 'A rank cannot be above the 1,891 ranked.',
    });
  });
});
