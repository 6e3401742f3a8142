import { describe, expect, it } from 'vitest';
import {
  actionLabels,
  actionName,
  describeHistory,
  englishNoun,
  exportCount,
  formatClaimValue,
  formatDate,
  formatSpreadsheetNumber,
  parseTypedDate,
  parseTypedDay,
  parseTypedNumber,
  parseTypedValue,
  statusLabels,
  typedDayProblem,
  type HistoryContext,
} from '../../../shared/i18n';
import type { AuditEvent, Review } from '../../../shared/schema';

describe('numbers and dates in the UI language', () => {
  it('formats values the Vietnamese and the English way', () => {
    expect(formatClaimValue(42.13, 'percent', 'vi')).toBe('42,13');
    expect(formatClaimValue(1891, 'count', 'vi')).toBe('1.891');
    expect(formatClaimValue(1891, 'count', 'en')).toBe('1,891');
    expect(formatClaimValue(20210611, 'date', 'vi')).toBe('11/6/2021');
    expect(formatClaimValue(20210611, 'date', 'en')).toBe('11 Jun 2021');
    expect(formatClaimValue(20210600, 'date', 'vi')).toBe('6/2021');
    expect(formatClaimValue(20210000, 'date', 'vi')).toBe('2021');
    expect(formatDate('2024-03-08', 'vi')).toBe('8/3/2024');
    expect(formatDate('2024-03-08T10:00:00+07:00', 'en')).toBe('8 Mar 2024');
  });

  it('reads numbers as an editor types them', () => {
    expect(parseTypedNumber('42,13')).toBe(42.13);
    expect(parseTypedNumber('1.891')).toBe(1891);
    expect(parseTypedNumber('1.891,5')).toBe(1891.5);
    expect(parseTypedNumber('42.13')).toBe(42.13);
    expect(parseTypedNumber('')).toBeNull();
    expect(parseTypedNumber('12/6/2021')).toBeNaN();
  });

  it('reads the one ambiguous form, a single group of three digits, the way the language writes it', () => {
    expect(parseTypedNumber('1.891', 'vi')).toBe(1891);
    expect(parseTypedNumber('1,891', 'vi')).toBe(1.891);
    expect(parseTypedNumber('1,891', 'en')).toBe(1891);
    expect(parseTypedNumber('1.891', 'en')).toBe(1.891);
    // Unambiguous forms mean the same in both languages.
    for (const lang of ['vi', 'en'] as const) {
      expect(parseTypedNumber('42,13', lang)).toBe(42.13);
      expect(parseTypedNumber('42.13', lang)).toBe(42.13);
      expect(parseTypedNumber('1.891,5', lang)).toBe(1891.5);
      expect(parseTypedNumber('1,891.5', lang)).toBe(1891.5);
      expect(parseTypedNumber('1.891.000', lang)).toBe(1891000);
      expect(parseTypedNumber('1,891,000', lang)).toBe(1891000);
      expect(parseTypedNumber('-3', lang)).toBe(-3);
      expect(parseTypedNumber('1,8,9', lang)).toBeNaN();
    }
    expect(parseTypedValue('1,891', 'count', 'en')).toBe(1891);
    expect(parseTypedValue('12/6/2021', 'date', 'en')).toBe(20210612);
  });

  it('reads dates day first and stores them as yyyymmdd, refusing days that do not exist', () => {
    expect(parseTypedDate('12/6/2021')).toBe(20210612);
    expect(parseTypedDate('12-06-2021')).toBe(20210612);
    expect(parseTypedDate('2021-06-12')).toBe(20210612);
    expect(parseTypedDate('ngày 12 tháng 6 năm 2021')).toBe(20210612);
    expect(parseTypedDate('6/2021')).toBe(20210600);
    expect(parseTypedDate('2021')).toBe(20210000);
    expect(parseTypedDate('31/2/2021')).toBeNaN();
    expect(parseTypedDate('29/2/2024')).toBe(20240229);
    expect(parseTypedDate('abc')).toBeNaN();
    expect(parseTypedValue('12/6/2021', 'date')).toBe(20210612);
    expect(parseTypedValue('12/6/2021', 'count')).toBeNaN();
  });

  it('gives an English noun the number it counts: one for exactly 1, the plural for 0, 2 and fractions', () => {
    expect([0, 1, 2, 1.5].map((n) => `${n} ${englishNoun(n, 'claim')}`)).toEqual(['0 claims', '1 claim', '2 claims', '1.5 claims']);
    expect(englishNoun(1, 'duplicate skipped', 'duplicates skipped')).toBe('duplicate skipped');
    expect(englishNoun(3, 'duplicate skipped', 'duplicates skipped')).toBe('duplicates skipped');
  });

  it("says an export's count with its format's noun, grouped as the language writes numbers (desk and CLI alike)", () => {
    expect(exportCount(1204, 'csv', 'vi')).toBe('1.204 nhận định');
    expect(exportCount(1204, 'csv', 'en')).toBe('1,204 claims');
    expect(exportCount(1, 'jsonl', 'en')).toBe('1 article');
    expect(exportCount(2, 'claimreview', 'en')).toBe('2 ClaimReview records');
    expect(exportCount(1, 'findings-html', 'vi')).toBe('1 phát hiện');
  });

  it('writes spreadsheet numbers without grouping, with the chosen decimal mark', () => {
    expect(formatSpreadsheetNumber(42.13, { decimalComma: true })).toBe('42,13');
    expect(formatSpreadsheetNumber(42.13, { decimalComma: false })).toBe('42.13');
    expect(formatSpreadsheetNumber(1891, { decimalComma: true })).toBe('1891');
  });
});

describe('action names', () => {
  it('names every action in words, undo and redo included, and never shows a code', () => {
    expect(actionName('review.verified', 'vi')).toBe('Xác minh');
    expect(actionName('undo.review.corrected', 'vi')).toBe('Hoàn tác: Sửa');
    expect(actionName('finding.resolve', 'vi')).toBe('Xử lý phát hiện');
    expect(actionName('finding.resolve', 'en')).toBe('Resolve a finding');
    expect(actionName('workspace.restore', 'vi')).toBe('Khôi phục bản sao lưu');
    expect(actionName('something.new', 'vi')).toBe('Thay đổi khác');
    for (const [code, words] of Object.entries(actionLabels)) {
      expect(words.vi).not.toContain(code);
      expect(words.en).not.toContain('.');
    }
    expect(statusLabels.corrected.vi).toBe('Đã sửa');
  });
});

function review(status: Review['status'], extra: Partial<Review> = {}): Review {
  return { claimId: 'c_065bb990aa', status, correctedValue: null, correctedText: null, note: null, evidence: [], reviewer: 'Hà', updatedAt: '2024-03-01T10:00:00.000Z', ...extra };
}

function event(seq: number, action: string, target: string, before: unknown, after: unknown, when = `2024-03-01T10:00:0${seq}.000Z`): AuditEvent {
  return { seq, who: 'Hà', when, action, target, before, after, prevHash: '', hash: '' };
}

describe('readable history', () => {
  const ctx: HistoryContext = {
    quoteOf: (id) => ({ c_065bb990aa: '14 tỉnh', c_b: '3 năm liên tiếp', f_1: '«14 tỉnh» ⟷ «15 tỉnh»' })[id] ?? null,
    verdictLabel: (id, lang) => (id === 'true' ? (lang === 'vi' ? 'Đúng' : 'True') : id),
    kindOf: () => 'count',
  };

  it('says what changed, before → after, in words, under the claim quote', () => {
    const items = describeHistory(
      [
        event(0, 'review.corrected', 'c_065bb990aa', null, review('corrected', { correctedValue: 15 })),
        event(1, 'review.verdict', 'c_065bb990aa', review('corrected', { correctedValue: 15 }), review('corrected', { correctedValue: 15, verdict: 'true' })),
      ],
      ctx,
      'vi',
    );
    expect(items).toHaveLength(2);
    expect(items[0]?.action).toBe('Đặt kết luận');
    expect(items[0]?.targets[0]?.lines).toEqual([{ field: 'Kết luận', before: '—', after: 'Đúng' }]);
    expect(items[1]?.action).toBe('Sửa');
    expect(items[1]?.targets[0]?.label).toBe('14 tỉnh');
    expect(items[1]?.targets[0]?.lines).toContainEqual({ field: 'Trạng thái', before: 'Chưa xét', after: 'Đã sửa' });
    expect(items[1]?.targets[0]?.lines).toContainEqual({ field: 'Giá trị đúng', before: '—', after: '15' });
  });

  it('an evidence change says what was added or removed, not the whole list before → after (QA31 note b)', () => {
    const gso = { url: 'https://gso.gov.vn/nien-giam-2023', note: 'Niên giám' };
    const bg = { url: 'https://bacgiang.gov.vn/bao-cao', note: '' };
    const mic = { url: 'https://mic.gov.vn/a', note: '' };
    const items = describeHistory(
      [
        event(0, 'review.evidence', 'c_065bb990aa', review('verified', { evidence: [gso, bg] }), review('verified', { evidence: [gso, mic] })),
        event(1, 'review.evidence', 'c_065bb990aa', review('verified', { evidence: [gso, mic] }), review('verified', { evidence: [{ ...gso, note: 'Niên giám 2023' }, mic] })),
      ],
      ctx,
      'vi',
    );
    expect(items[1]?.action).toBe('Sửa bằng chứng');
    expect(items[1]?.targets[0]?.lines).toEqual([
      { field: 'Thêm bằng chứng', before: '—', after: 'https://mic.gov.vn/a', change: 'added' },
      { field: 'Bỏ bằng chứng', before: 'https://bacgiang.gov.vn/bao-cao', after: '—', change: 'removed' },
    ]);
    expect(items[0]?.targets[0]?.lines).toEqual([{ field: 'Bằng chứng', before: 'https://gso.gov.vn/nien-giam-2023 (Niên giám)', after: 'https://gso.gov.vn/nien-giam-2023 (Niên giám 2023)' }]);
  });

  it('a link given twice (same report, two tables) is added, removed and repeated as itself (review BUG 7)', () => {
    const t1 = { url: 'https://gso.gov.vn/a', note: 'bảng 1' };
    const t2 = { url: 'https://gso.gov.vn/a', note: 'bảng 2' };
    const lines = (before: Array<{ url: string; note: string }>, after: Array<{ url: string; note: string }>) =>
      describeHistory([event(0, 'review.evidence', 'c_065bb990aa', review('verified', { evidence: before }), review('verified', { evidence: after }))], ctx, 'vi')[0]?.targets[0]?.lines;
    expect(lines([t1], [t1, t2])).toEqual([{ field: 'Thêm bằng chứng', before: '—', after: 'https://gso.gov.vn/a (bảng 2)', change: 'added' }]);
    expect(lines([t1, t2], [t1])).toEqual([{ field: 'Bỏ bằng chứng', before: 'https://gso.gov.vn/a (bảng 2)', after: '—', change: 'removed' }]);
    expect(lines([t1, t2], [t2])).toEqual([{ field: 'Bỏ bằng chứng', before: 'https://gso.gov.vn/a (bảng 1)', after: '—', change: 'removed' }]);
    // The same entry a second time is an entry added, not an edit with nothing in it.
    expect(lines([t1], [t1, t1])).toEqual([{ field: 'Thêm bằng chứng', before: '—', after: 'https://gso.gov.vn/a (bảng 1)', change: 'added' }]);
    // A link that occurs once on each side with another note is that link's note changed.
    expect(lines([t1], [t2])).toEqual([{ field: 'Bằng chứng', before: 'https://gso.gov.vn/a (bảng 1)', after: 'https://gso.gov.vn/a (bảng 2)' }]);
    // Two of one link with new notes: each removed and added, never paired at a guess.
    expect(lines([t1, t2], [{ ...t1, note: 'bảng 3' }, t2])).toEqual([
      { field: 'Thêm bằng chứng', before: '—', after: 'https://gso.gov.vn/a (bảng 3)', change: 'added' },
      { field: 'Bỏ bằng chứng', before: 'https://gso.gov.vn/a (bảng 1)', after: '—', change: 'removed' },
    ]);
  });

  it('groups the events of one action into one entry and shows no raw id or action code', () => {
    const at = '2024-03-02T09:00:00.000Z';
    const items = describeHistory(
      [
        event(2, 'finding.resolve', 'f_1', { status: 'open', decision: null }, { status: 'resolved', decision: { kind: 'resolved', rightClaimId: 'c_b', note: '' } }, at),
        event(3, 'finding.resolve', 'c_b', null, review('verified', { claimId: 'c_b' }), at),
      ],
      ctx,
      'en',
    );
    expect(items).toHaveLength(1);
    const rendered = JSON.stringify(items.map((i) => [i.action, i.targets.map((x) => [x.label, x.lines])]));
    expect(rendered).not.toMatch(/c_[0-9a-f]|f_1|finding\.resolve|review\./);
    expect(rendered).toContain('«3 năm liên tiếp» is right');
    expect(rendered).toContain('Verified');
  });
});

describe('a typed export day', () => {
  it('reads the Vietnamese words the correction form reads, and says why a text is not a day', () => {
    expect(parseTypedDay('ngày 8/3/2024')).toBe('2024-03-08');
    expect(parseTypedDay('8 tháng 3 năm 2024')).toBe('2024-03-08');
    expect(parseTypedDay('Ngày 29 tháng 2 năm 2024')).toBe('2024-02-29');
    expect(parseTypedDay('8/3/24')).toBeUndefined();
    expect([typedDayProblem('8/3/24'), typedDayProblem('8 Mar 24'), typedDayProblem('8/3'), typedDayProblem('8 Mar')]).toEqual(['shortYear', 'shortYear', 'noYear', 'noYear']);
    expect([typedDayProblem('31/2/2024'), typedDayProblem('2024-02-30'), typedDayProblem('hôm qua'), typedDayProblem(''), typedDayProblem('8/3/2024')]).toEqual(['notReal', 'notReal', 'notADate', null, null]);
  });
});
