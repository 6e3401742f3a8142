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

describe('rank-vs-list reads the ranks the prose gives for the list (review findings 10–13)', () => {
  it('pairs "lần lượt" names with their ranks in order: agreeing ranks stay quiet, a swapped pair is flagged for each', () => {
    expect(rankFindings(`${LIST} Đà Nẵng và Hải Phòng lần lượt xếp thứ 2 và 3.`)).toEqual([]);
    const swapped = rankFindings(`${LIST} Đà Nẵng và Hải Phòng lần lượt xếp thứ 3 và 2.`);
    expect(swapped).toHaveLength(2);
    expect(swapped.map((f) => f.facts)).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Đà Nẵng', stated: 3, listed: 2 }), expect.objectContaining({ name: 'Hải Phòng', stated: 2, listed: 3 })]),
    );
  });

  it('leaves alone a rank of another year or counted another way than the list', () => {
    expect(rankFindings(`${LIST} Năm ngoái, Đà Nẵng đứng thứ 1 cả nước.`)).toEqual([]);
    expect(rankFindings(`${LIST} Năm 2021, Bắc Ninh từng xếp thứ 2.`)).toEqual([]);
    expect(rankFindings(`${LIST} Ở chiều ngược lại, Hải Phòng đứng thứ 2 từ dưới lên về chỉ số thành phần.`)).toEqual([]);
    expect(rankFindings(`${LIST} Trong khu vực miền Trung, Đà Nẵng xếp thứ 1.`)).toEqual([]);
    // The same sentences without the other time or scope are the list's rank, and flagged.
    expect(rankFindings(`${LIST} Đà Nẵng đứng thứ 1 cả nước.`)).toHaveLength(1);
  });

  it('reads a rank at the end of a sentence', () => {
    const found = rankFindings(`${LIST} Trong khi đó, Bắc Ninh đứng thứ 1. Tỉnh này tăng nhanh nhất.`);
    expect(found.map((f) => f.facts)).toEqual([expect.objectContaining({ name: 'Bắc Ninh', stated: 1, listed: 4 })]);
  });

  it('takes no numbered outline for a ranking, and no list item runs into the next sentence', () => {
    const outline = 'Báo cáo gồm các phần: 1. Bối cảnh chung. 2. Hà Nội dẫn đầu. 3. Kiến nghị giải pháp. 4. Kết luận. Theo báo cáo, Hà Nội xếp thứ 5.';
    expect(rankFindings(outline)).toEqual([]);
    // The last item of the list ends at its stop: "Thừa Thiên Huế" is item 5, and its rank is read.
    const found = rankFindings(`${LIST} Đáng chú ý, Thừa Thiên Huế đứng thứ 4 cả nước.`);
    expect(found.map((f) => f.facts)).toEqual([expect.objectContaining({ name: 'Thừa Thiên Huế', stated: 4, listed: 5 })]);
  });
});

describe('rank-vs-list: sub-indices and one rank for several names (review 2, findings 4 and 6)', () => {
  it('leaves alone a rank in a named sub-index or field, but still reads the list’s own index', () => {
    expect(rankFindings(`${LIST} Riêng chỉ số tiếp cận đất đai, Hải Phòng đứng thứ 1.`)).toEqual([]);
    expect(rankFindings(`${LIST} Ở chỉ số tiếp cận đất đai, Hải Phòng đứng thứ 1.`)).toEqual([]);
    expect(rankFindings(`${LIST} Theo tiêu chí minh bạch, Hải Phòng đứng thứ 1.`)).toEqual([]);
    // The index the list is of, named in its heading, is the list's rank.
    const heading = `Chỉ số năng lực cạnh tranh cấp tỉnh 2023
${LIST} Theo chỉ số năng lực cạnh tranh, Hải Phòng đứng thứ 1.`;
    expect(rankFindings(heading).map((f) => f.facts)).toEqual([expect.objectContaining({ name: 'Hải Phòng', stated: 1, listed: 3 })]);
  });

  it('reads nothing when names are given "lần lượt" one rank fewer than names', () => {
    expect(rankFindings(`${LIST} Đà Nẵng và Hải Phòng lần lượt xếp thứ 2.`)).toEqual([]);
    // Without "lần lượt", a single name before the rank is read.
    expect(rankFindings(`${LIST} Hải Phòng xếp thứ 2.`)).toHaveLength(1);
  });
});
