import { describe, expect, it } from 'vitest';
import { detectFindings, explainStoredFinding } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { makeArticle } from './helpers';

const LIST = 'Năm tỉnh dẫn đầu chỉ số năm nay gồm: 1. Quảng Ninh, 2. Đà Nẵng, 3. Hải Phòng, 4. Bắc Ninh, 5. Thừa Thiên Huế.';

function rankFindings(text: string): Finding[] {
  return detectFindings([makeArticle('r', text, '2024-04-02', 'Báo A')], []).filter((f) => f.rule === 'rank-vs-list');
}

describe('a rank in the prose against the article’s own ranking', () => {
  it('flags a place the prose ranks otherwise than the numbered list, pointing at both', () => {
    const found = rankFindings(`Chỉ số cải cách hành chính 2023\n${LIST} Đáng chú ý, Đà Nẵng tiếp tục đứng thứ 3 cả nước.`);
    expect(found).toHaveLength(1);
    const f = found[0] as Finding;
    expect(f.type).toBe('internal');
    expect(f.spans?.map((s) => s.quote)).toEqual(['Đà Nẵng tiếp tục đứng thứ 3', '2. Đà Nẵng']);
    expect(f.facts).toMatchObject({ stated: 3, listed: 2, name: 'Đà Nẵng' });
    expect(explainStoredFinding(f, 'vi')).toMatch(/bảng xếp hạng trong bài ghi Đà Nẵng ở vị trí 2/);
    expect(explainStoredFinding(f, 'en')).toMatch(/lists Đà Nẵng at 2/);
  });

  it('stays quiet when the prose agrees, or names a place the list does not hold', () => {
    expect(rankFindings(`${LIST} Đà Nẵng tiếp tục đứng thứ 2 cả nước.`)).toEqual([]);
    expect(rankFindings(`${LIST} Năm ngoái, Lào Cai xếp thứ 3.`)).toEqual([]);
  });

  it('reads nothing when the article holds two rankings (the prose may speak of either) or a short list', () => {
    const two = `${LIST} Về chỉ số hài lòng: 1. Đà Nẵng, 2. Hải Phòng, 3. Quảng Ninh. Đà Nẵng xếp thứ 1.`;
    expect(rankFindings(two)).toEqual([]);
    expect(rankFindings('Hai đơn vị đứng đầu: 1. Quảng Ninh, 2. Đà Nẵng. Đà Nẵng đứng thứ 3.')).toEqual([]);
  });
});
