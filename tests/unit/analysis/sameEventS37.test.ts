import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../shared/analysis';
import type { Finding } from '../../../shared/schema';
import { DecidedSentences, eventMatches, figureContexts, nameKey, pairingNames, scoresOf } from '../../../shared/analysis/sameEvent';
import { passagesOf } from '../../../shared/analysis/passages';
import { makeArticle } from './helpers';
import { copyOf, REWORDED_TOTAL, WIRE } from './wireStory';

// Session 37 (issue 10 (b)): general causes of same-event misses — a person's names in another order,
// set scores written with a slash, figures in common that anchor nothing, copies that re-word a
// sentence, "top N" bounds.

const facts = (f: Finding) => f.facts as unknown as { basis?: string; a: { quote: string }; b: { quote: string } };

function cross(textA: string, textB: string, atA = '2013-10-17T13:34', atB = '2013-10-18T06:49'): Finding[] {
  const a = makeArticle('a', textA, atA, 'Báo A');
  const b = makeArticle('b', textB, atB, 'Báo B');
  return detectFindings([a, b], []).filter((f) => f.rule === 'aligned-passage' && (f.type === 'conflict' || f.type === 'update'));
}

const quotes = (fs: Finding[]): string[][] => fs.map((f) => [facts(f).a.quote, facts(f).b.quote].sort());

describe('names in another order (nameKey, pairingNames)', () => {
  it('keys a foreign name of three words by its family name at either end', () => {
    expect(nameKey('wei feng chong')).toBe(nameKey('chong wei feng'));
    expect(nameKey('lee yong dae')).toBe(nameKey('yong dae lee'));
    // One word stays as it is.
    expect(nameKey('malaysia')).toBe('malaysia');
  });

  it('does not make two names one when their words differ ("Quảng Nam" / "Quảng Ninh", "Lee Chong Wei" / "Chong Wei Feng")', () => {
    expect(nameKey('quang nam')).not.toBe(nameKey('quang ninh'));
    expect(nameKey('lee chong wei')).not.toBe(nameKey('chong wei feng'));
  });

  it('gives two reports that write one player’s names in two orders one pairing name', () => {
    const a = makeArticle('a', 'Tiến Minh thua sớm\nTrận đấu với Wei Feng Chong diễn ra tại Odense.', '2013-10-17T13:34');
    const b = makeArticle('b', 'Tiến Minh bị loại\nĐối thủ của anh là Chong Wei Feng, người Malaysia.', '2013-10-18T06:49');
    const shared = pairingNames(a).filter((n) => pairingNames(b).includes(n));
    expect(shared).toContain(nameKey('chong wei feng'));
  });
});

describe('set scores written with a slash', () => {
  it('reads "thắng 21/18" and "thua 7/21" as scores in the article and in the sentence', () => {
    const text = 'Tiến Minh thua sau ba séc\nTiến Minh thắng 21/18 ở séc hai rồi để thua 7/21 ở séc quyết định.';
    expect([...scoresOf(makeArticle('a', text, '2013-10-17T13:34'))].sort()).toEqual(['18-21', '7-21']);
    const a = makeArticle('a', text, '2013-10-17T13:34');
    const scores = passagesOf(a).flatMap(figureContexts).filter((c) => c.unit === 'score').map((c) => `${c.figure.value}-${c.second}`);
    expect(scores).toEqual(['21-18', '7-21']);
  });

  it('does not read a day and month after a word of scores as a score ("thắng … ngày 2/1")', () => {
    const text = 'Đội tuyển thắng trận\nĐội tuyển thắng trận giao hữu ngày 2/1 trên sân Mỹ Đình.';
    const a = makeArticle('a', text, '2013-10-17T13:34');
    expect(scoresOf(a)).toEqual([]);
    expect(passagesOf(a).flatMap(figureContexts).filter((c) => c.unit === 'score')).toEqual([]);
  });
});

// Two reports of one match a night apart: the one writes its set scores with a slash, the other with a
// dash and other words, so their figures in common anchor nothing; their names pair them.
const MATCH_A =
  'Tiến Minh sớm chia tay giải Đan Mạch mở rộng\nTại vòng 1 giải Đan Mạch mở rộng, Nguyễn Tiến Minh gặp tay vợt Wei Feng Chong của Malaysia. ' +
  'Séc đầu, Tiến Minh khi tay vợt Việt Nam phải rất chật vật mới vượt qua đối thủ với tỉ số 21-19. ' +
  'Chiến thắng ở séc 2 với tỉ số 21-18 đã khiến Wei Feng Chong lấy lại thế trận. ' +
  'Vì vậy, gặp Wei Feng Chong (hạng 18 thế giới) ngay tại vòng 1 cũng là một khó khăn cho Tiến Minh.';
const matchB = (rank: string, names = 'Chong Wei Feng') =>
  'Tiến Minh bị loại sớm tại giải Đan Mạch mở rộng\nKhá vất vả mới thắng ' +
  `${names} 21/19 trong set đấu thứ nhất, Nguyễn Tiến Minh để đối phương ghi liền 5 điểm trước khi thua 18/21. ` +
  `Trước trận đấu, ${names}, tay vợt ${rank} thế giới sinh năm 1987 của Malaysia, không được đánh giá cao.`;

describe('reports paired by names written in another order', () => {
  it('flags the rank a report changes when it writes the player’s names in another order', () => {
    const found = cross(MATCH_A, matchB('hạng 28'));
    expect(quotes(found)).toEqual([['18', '28']]);
    expect(facts(found[0] as Finding).basis).toBe('same-event');
  });

  it('stays quiet when the ranks agree', () => {
    expect(cross(MATCH_A, matchB('hạng 18'))).toEqual([]);
  });

  it('does not take another player’s rank for this one’s ("Lee Chong Wei" is not "Wei Feng Chong")', () => {
    expect(cross(MATCH_A, matchB('hạng 28', 'Lee Chong Wei'))).toEqual([]);
  });

  it('does not compare reports published further apart than a night', () => {
    expect(cross(MATCH_A, matchB('hạng 28'), '2013-10-17T09:00', '2013-10-19T09:00')).toEqual([]);
  });
});

describe('"top N" is a bound of a rank, never one figure at odds', () => {
  const a = makeArticle(
    'a',
    'Tiến Minh thua Wei Feng Chong\nTrận đấu với Wei Feng Chong diễn ra ở Odense, tỷ số 21-19, 18-21, 7-21. ' +
      'Wei Feng Chong cũng thuộc nhóm top 20 tay vợt hàng đầu thế giới, ông Lê Văn Hùng cho biết.',
    '2013-10-17T09:00',
  );
  const b = makeArticle(
    'b',
    'Tiến Minh dừng bước ở Odense\nTiến Minh thắng Wei Feng Chong 21-19 rồi thua 18-21 và 7-21. ' +
      'Wei Feng Chong mang tâm lý quyết thắng một tay vợt trong tốp 10 hàng đầu thế giới, ông Lê Văn Hùng nhận xét.',
    '2013-10-17T11:00',
  );
  const matched = (x: typeof a, y: typeof b): string[][] =>
    eventMatches(passagesOf(x), passagesOf(y), new DecidedSentences()).map((m) => [m.event.a.figure.written, m.event.b.figure.written]);
  it('does not match "top 20" with "tốp 10"', () => {
    expect(matched(a, b)).toEqual([]);
    expect(cross(a.text, b.text, '2013-10-17T09:00', '2013-10-17T11:00')).toEqual([]);
  });
  it('still matches a rank in the same words ("hạng 20" / "hạng 10")', () => {
    const ra = { ...a, text: a.text.replace('thuộc nhóm top 20 tay vợt hàng đầu', 'là tay vợt hạng 20 hàng đầu') };
    const rb = { ...b, id: 'b2', text: b.text.replace('một tay vợt trong tốp 10 hàng đầu', 'khi là tay vợt hạng 10 hàng đầu') };
    expect(matched({ ...ra, id: 'a2' }, rb)).toEqual([['20', '10']]);
  });
});

// One outlet copies three sentences of another word for word and re-words one of them (wireStory.ts).

describe('copies compared on the sentence one of them re-words', () => {
  // ("ba năm sau" / "3 năm sau", "2011 đến 2013" / "2011-2013": the word line-up does not put 364.000
  // beside 464.000, so the passage rule never compares them; the same-event rule does.)
  it('flags the figure a copy changes in a sentence it re-words (strong context)', () => {
    const found = cross(WIRE, copyOf(REWORDED_TOTAL), '2013-10-20T08:00', '2013-10-20T10:00');
    expect(quotes(found)).toEqual([['364.000 tỷ', '464.000 tỷ']]);
  });

  it('does not compare a sentence of the copy’s own that shares a few words with another figure (a part, another metric)', () => {
    // "dành cho hộ nghèo" only: loans to poor households, another metric of the same size, one digit apart.
    expect(cross(WIRE, copyOf('Trong khi đó, vốn vay dành cho hộ nghèo chỉ là 164.000 tỷ đồng.'), '2013-10-20T08:00', '2013-10-20T10:00')).toEqual([]);
    expect(cross(WIRE, copyOf('Số vốn ưu đãi dành cho hộ nghèo năm nay là 164.000 tỷ đồng.'), '2013-10-20T08:00', '2013-10-20T10:00')).toEqual([]);
    // A part: one province's figure.
    expect(cross(WIRE, copyOf('Riêng tỉnh Hà Giang, nguồn lực cho hộ nghèo năm 2013 là 4.640 tỷ đồng.'), '2013-10-20T08:00', '2013-10-20T10:00')).toEqual([]);
  });
});

// Review of analysis 28: Vietnamese names whose words come in another order are other people and other
// places ("Tuấn Anh" / "Anh Tuấn", "Tân Bình" / "Bình Tân"). Only foreign names written without Vietnamese
// letters or diacritics, with the family name moved to the other end ("Wei Feng Chong" / "Chong Wei Feng"), are one.
const all = (textA: string, textB: string): Finding[] => {
  const a = makeArticle('a', textA, '2024-03-10T08:00', 'Báo A');
  const b = makeArticle('b', textB, '2024-03-10T14:00', 'Báo B');
  return detectFindings([a, b], []).filter((f) => f.type === 'conflict' || f.type === 'update');
};

describe('Vietnamese names in another word order are other names', () => {
  const match = (when: string, name: string, goals: string) =>
    `Hoàng Anh Gia Lai thắng Sông Lam Nghệ An\nTrên sân Pleiku ${when}, Hoàng Anh Gia Lai thắng Sông Lam Nghệ An với tỉ số 3-1 trước 9.500 khán giả. ` +
    `Tiền đạo ${name} đã ghi ${goals} bàn thắng kể từ đầu mùa giải, huấn luyện viên Kiatisak Senamuang cho biết sau trận.`;
  const shots = (name: string, n: string) =>
    `Tiền đạo ghi bàn\nTrong trận Hà Nội FC gặp Viettel tối 10/3 trên sân Hàng Đẫy, ${name} đã có ${n} lần sút trúng đích, huấn luyện viên Chu Đình Nghiêm cho biết.`;
  const fever = (district: string, n: string) =>
    `TP.HCM ghi nhận hơn 12.400 ca sốt xuất huyết\nTheo Sở Y tế TP.HCM, từ đầu năm đến nay thành phố ghi nhận 12.480 ca sốt xuất huyết, tăng 35% so với cùng kỳ, trong đó có 3 ca tử vong. ` +
    `Quận ${district} là địa phương có số ca mắc cao nhất với ${n} ca, bác sĩ Nguyễn Văn Vĩnh Châu cho biết.`;
  const flood = (district: string, n: string) =>
    `Mưa lớn ở miền Tây\nTheo Ban chỉ huy phòng chống thiên tai tỉnh An Giang, mưa lớn kéo dài khiến huyện ${district} có ${n} căn nhà bị ngập, ông Trần Anh Thư cho biết.`;

  it('does not compare two players "Nguyễn Tuấn Anh" / "Nguyễn Anh Tuấn"', () => {
    expect(all(match('chiều qua', 'Nguyễn Tuấn Anh', '4'), match('hôm qua', 'Nguyễn Anh Tuấn', '7'))).toEqual([]);
  });
  it('does not compare "Tuấn Anh" / "Anh Tuấn" nor "Phạm Đức Huy" / "Phạm Huy Đức"', () => {
    expect(all(shots('Tuấn Anh', '4'), shots('Anh Tuấn', '6'))).toEqual([]);
    expect(all(shots('Phạm Đức Huy', '4'), shots('Phạm Huy Đức', '6'))).toEqual([]);
  });
  it('does not compare districts "Tân Bình" / "Bình Tân" nor "Phú Tân" / "Tân Phú"', () => {
    expect(all(fever('Tân Bình', '1.250'), fever('Bình Tân', '1.350'))).toEqual([]);
    expect(all(flood('Phú Tân', '320'), flood('Tân Phú', '370'))).toEqual([]);
  });
  it('still compares one name written alike (control: the same player, the same district)', () => {
    expect(all(shots('Tuấn Anh', '4'), shots('Tuấn Anh', '6')).length).toBe(1);
    expect(all(fever('Tân Bình', '1.250'), fever('Tân Bình', '1.350')).length).toBe(1);
  });
  it('still reads a foreign name written without diacritics in another order as one ("Wei Feng Chong" / "Chong Wei Feng")', () => {
    expect(all(shots('Wei Feng Chong', '4'), shots('Chong Wei Feng', '6')).length).toBe(1);
    expect(nameKey('Wei Feng Chong')).toBe(nameKey('Chong Wei Feng'));
    expect(nameKey('Nguyễn Tuấn Anh')).not.toBe(nameKey('Nguyễn Anh Tuấn'));
    expect(nameKey('Tân Bình')).not.toBe(nameKey('Bình Tân'));
  });
});

describe('a ratio written with a slash is not a score', () => {
  const sentence = (s: string) => makeArticle('a', `Tin tổng hợp\n${s}`, '2024-03-10T08:00');
  const scoreContexts = (s: string): string[] =>
    passagesOf(sentence(s)).flatMap(figureContexts).filter((c) => c.unit === 'score').map((c) => `${c.figure.value}-${c.second}`);
  const ratios = [
    'Tỉnh Thanh Hóa có 25/27 huyện đạt chuẩn nông thôn mới.',
    'Khánh Hòa hoàn thành 18/25 chỉ tiêu.',
    'Hội đồng hòa giải thành công 25/30 vụ việc.',
    'Doanh nghiệp thua lỗ 15/20 tháng qua.',
    'Ông đắc cử khi thắng 60/100 phiếu.',
    'Họ chiến thắng ở 7/21 tỉnh thành.',
    'Ứng viên thắng ở 15/20 xã.',
    'Hòa Phát đạt 21/18 nghìn tấn.',
    'Ứng viên thắng 15/20 xã.',
    'Đội bóng đã thắng 15/20 trận.',
    'Đội tuyển thua 7/21 tỉnh thành.',
    'Công ty thua lỗ 15/20.',
    'Thanh Hóa 21/18 điểm.',
    'Hòa giải 25/30 vụ.',
    'Tỷ số 25/27 huyện đạt chuẩn.',
    // Dates after a word that folds like "thắng": never scores.
    'Trong tháng 10/2013 doanh thu tăng.',
    'Đội bóng thắng 2/10/2023 trên sân nhà.',
  ];
  for (const r of ratios) {
    it(`"${r}"`, () => {
      expect(scoreContexts(r)).toEqual([]);
      expect(scoresOf(sentence(r))).toEqual([]);
    });
  }
  it('still reads a score right after its word ("thắng 21/18", "thua 7/21", "tỷ số 2/1", "thắng Chong Wei Feng 21/19")', () => {
    expect(scoreContexts('Tiến Minh thắng 21/18 ở séc hai rồi để thua 7/21 ở séc quyết định.')).toEqual(['21-18', '7-21']);
    expect(scoreContexts('Trận đấu kết thúc với tỷ số 2/1.')).toEqual(['2-1']);
    expect(scoreContexts('Tiến Minh thua sát 19/21.')).toEqual(['19-21']);
    expect(scoresOf(sentence('Trận đấu kết thúc với tỷ số 22/20.'))).toEqual(['20-22']);
    expect([...scoresOf(sentence('Khá vất vả mới thắng Chong Wei Feng 21/19 trong set đấu thứ nhất, Tiến Minh để đối phương ghi liền 5 điểm trước khi thua 18/21.'))].sort()).toEqual(['18-21', '19-21']);
  });
});

// Review 2 of analysis 28: only the order outlets switch a foreign name to — the family name moved from
// one end to the other, three words or more — is one name. Two words swapped, given names swapped, and
// ASCII-only Vietnamese names are other people and places.
describe('names in another order: only a foreign name of three words or more, rotated by one word', () => {
  const tackles = (name: string, n: string) =>
    `Hậu vệ trẻ gây ấn tượng\nTrong trận Bình Định gặp Hải Phòng tối 9/3 trên sân Quy Nhơn, ${name} đã có ${n} pha tắc bóng thành công, trợ lý Lê Văn Hào cho biết.`;
  const flooded = (x: string, n: string) =>
    `Ngập úng ở Đồng Nai\nTheo Ban chỉ huy phòng chống thiên tai huyện Long Thành, mưa lớn đêm qua khiến xã ${x} có ${n} ha hoa màu bị ngập, ông Phạm Văn Lợi cho biết.`;
  const scorer = (name: string, n: string) =>
    `Vua phá lưới giải trẻ\n${name} đã ghi ${n} bàn sau 6 trận tại giải U19 quốc gia ở Quảng Ninh, ban tổ chức cho biết.`;
  const archer = (name: string, n: string) =>
    `Bắn cung Hàn Quốc áp đảo\nTại vòng loại nội dung cá nhân nữ ở Thượng Hải chiều qua, cung thủ ${name} đạt ${n} điểm và dẫn đầu bảng xếp hạng, huấn luyện viên Park Chae Soon cho biết.`;
  const ranked = (name: string, n: string) =>
    `Cầu lông thế giới\nTheo bảng xếp hạng mới công bố của Liên đoàn cầu lông thế giới sáng nay, tay vợt ${name} đang đứng hạng ${n} ở nội dung đơn nam, tăng hai bậc so với tuần trước.`;
  const pairs: [string, string, string][] = [
    ['two ASCII Vietnamese words swapped ("Minh Anh" / "Anh Minh")', tackles('Minh Anh', '5'), tackles('Anh Minh', '7')],
    ['"Quang Minh" / "Minh Quang"', tackles('Quang Minh', '5'), tackles('Minh Quang', '7')],
    ['"Tuan Anh" / "Anh Tuan" typed without diacritics', tackles('Tuan Anh', '5'), tackles('Anh Tuan', '7')],
    ['"Nguyen Tuan Anh" / "Nguyen Anh Tuan" (given names swapped)', tackles('Nguyen Tuan Anh', '5'), tackles('Nguyen Anh Tuan', '7')],
    ['places "An Long" / "Long An"', flooded('An Long', '420'), flooded('Long An', '480')],
    ['"Trần Minh Anh" / "Trần Anh Minh" at the start of a sentence', scorer('Trần Minh Anh', '5'), scorer('Trần Anh Minh', '7')],
    ['"Phan Thanh Long" / "Phan Long Thanh" at the start of a sentence', scorer('Phan Thanh Long', '5'), scorer('Phan Long Thanh', '7')],
    ['Korean given names swapped ("Kim Min Ji" / "Kim Ji Min")', archer('Kim Min Ji', '668'), archer('Kim Ji Min', '672')],
    ['two foreign words swapped ("Seo Yeon" / "Yeon Seo")', archer('Seo Yeon', '668'), archer('Yeon Seo', '672')],
    ['"Lee Yong Dae" / "Lee Dae Yong"', ranked('Lee Yong Dae', '12'), ranked('Lee Dae Yong', '15')],
    ['"Thomas Martin" / "Martin Thomas"', tackles('Thomas Martin', '5'), tackles('Martin Thomas', '7')],
  ];
  for (const [what, a, b] of pairs) {
    it(`does not compare ${what}`, () => {
      expect(all(a, b)).toEqual([]);
    });
  }
  it('keys none of them alike', () => {
    for (const [x, y] of [['Minh Anh', 'Anh Minh'], ['Thomas Martin', 'Martin Thomas'], ['Kim Min Ji', 'Kim Ji Min'], ['Lee Yong Dae', 'Lee Dae Yong'], ['Nguyen Tuan Anh', 'Nguyen Anh Tuan']]) {
      expect(nameKey(x as string)).not.toBe(nameKey(y as string));
    }
  });
  it('still compares a foreign name with its family name moved to the other end (control)', () => {
    expect(all(ranked('Lee Yong Dae', '12'), ranked('Yong Dae Lee', '15')).length).toBe(1);
    expect(all(ranked('Lee Chong Wei', '1'), ranked('Chong Wei Lee', '3')).length).toBe(1);
    expect(all(scorer('Trần Minh Anh', '5'), scorer('Trần Minh Anh', '7')).length).toBe(1);
  });
});

// Review 2 of analysis 28: after "thắng" the first number of a set score is the larger, after "thua"
// the smaller; a ratio in either direction, or one before a word other than a few, is no score. The
// sentence and the article read it by one rule.
describe('a slash score has the direction of its word, and both readers agree', () => {
  const sentence = (s: string) => makeArticle('a', `Tin tổng hợp\n${s}`, '2024-03-10T08:00');
  const inSentence = (s: string): string[] =>
    passagesOf(sentence(s)).flatMap(figureContexts).filter((c) => c.unit === 'score').map((c) => [c.figure.value, c.second as number].sort((x, y) => x - y).join('-'));
  const ratios = [
    'Câu lạc bộ đã thắng 14/20 trong mùa giải trước.',
    'Đội bóng thắng 12/20 và thua 8/20 trận.',
    'Ứng viên thắng với 45/80 và trúng cử.',
    'Ông thắng 34/50 lá phiếu tín nhiệm.',
    'Trong 20 trận, đội thắng 15/20 khi chơi trên sân nhà.',
    'Đội chủ nhà thắng 16/20, hòa 3 và thua 1.',
    'Tỷ lệ thắng 11/15, cao nhất giải.',
  ];
  for (const r of ratios) {
    it(`"${r}" is no score`, () => {
      expect(inSentence(r)).toEqual([]);
      expect(scoresOf(sentence(r))).toEqual([]);
    });
  }
  const scores: [string, string[]][] = [
    ['Tiến Minh thắng 21/18, 21/15 sau 40 phút.', ['18-21']],
    ['Thắng 21/18 ở séc một, Tiến Minh để thua 19/21 ở séc hai.', ['18-21', '19-21']],
    ['Thua 19/21 ở séc đầu, Tiến Minh thắng 21/17 ở séc sau.', ['17-21', '19-21']],
  ];
  for (const [s, want] of scores) {
    it(`"${s}" gives its scores to both readers`, () => {
      expect(inSentence(s).sort()).toEqual(want);
      expect([...scoresOf(sentence(s))].sort()).toEqual(want);
    });
  }
  it('keeps a true conflict of a report that writes a ratio after "thắng" (end to end)', () => {
    const b = (tail: string) =>
      'Tiến Minh bị loại sớm tại giải Đan Mạch mở rộng\nKhá vất vả trong set đấu thứ nhất trước Wei Feng Chong, Nguyễn Tiến Minh để đối phương ghi liền 5 điểm ở séc sau. ' +
      `Trước trận đấu, Wei Feng Chong, tay vợt hạng 28 thế giới sinh năm 1987 của Malaysia, không được đánh giá cao. ${tail}`;
    expect(quotes(cross(MATCH_A, b('Tiến Minh đã thắng 14/20 trong các lần gặp tay vợt Malaysia.')))).toEqual([['18', '28']]);
    expect(quotes(cross(MATCH_A, b('Tiến Minh vẫn là tay vợt số một Việt Nam.')))).toEqual([['18', '28']]);
  });
});
