import { describe, expect, it } from 'vitest';
import { claimAt, claimsOf } from './helpers';

/**
 * Lengths with seconds (session 32's leftover): "2 giờ 8 phút 15 giây" and "3 phút 43 giây" are one figure
 * each — a race time, a song's length — in seconds; the same shape told as a time of day is no claim at all,
 * and its seconds are never read alone.
 */
describe('hours, minutes and seconds', () => {
  it('a race time is one length in seconds', () => {
    expect(claimAt('Anh về nhất với thời gian 2 giờ 8 phút 15 giây.', '2 giờ 8 phút 15 giây')).toMatchObject({ kind: 'duration', value: 7695, unit: 'giây' });
    expect(claimAt('Kipchoge về đích sau 2 giờ 1 phút 9 giây, phá kỷ lục thế giới.', '2 giờ 1 phút 9 giây')).toMatchObject({ kind: 'duration', value: 7269 });
    expect(claimAt('Cuộc đàm phán kéo dài 10 tiếng 5 phút 30 giây.', '10 tiếng 5 phút 30 giây')).toMatchObject({ kind: 'duration', value: 36330 });
  });

  it('minutes and seconds are one length in seconds', () => {
    expect(claimAt('Anh chạy 1.500 m trong 3 phút 43 giây, phá kỷ lục.', '3 phút 43 giây')).toMatchObject({ kind: 'duration', value: 223, unit: 'giây' });
    expect(claimAt('Bài hát dài 4 phút 5 giây.', '4 phút 5 giây')).toMatchObject({ kind: 'duration', value: 245 });
    // The seconds are not a second claim.
    expect(claimsOf('Anh chạy 1.500 m trong 3 phút 43 giây, phá kỷ lục.').map((c) => c.quote)).toEqual(['1.500 m', '3 phút 43 giây']);
  });

  it('a time of day with seconds is no claim, nor are its seconds', () => {
    expect(claimsOf('Vụ nổ xảy ra lúc 17 giờ 30 phút 15 giây ngày 3/5/2013 tại kho.').filter((c) => c.unit === 'giây')).toEqual([]);
    expect(claimsOf('Lúc 17 giờ 30 phút 15 giây, vụ nổ xảy ra.')).toEqual([]);
    expect(claimsOf('17 giờ 30 phút 15 giây, vụ nổ xảy ra.')).toEqual([]);
    expect(claimsOf('Vụ nổ xảy ra 17 giờ 30 phút 15 giây chiều qua.')).toEqual([]);
  });

  it('a time stamp with seconds is no claim: a stamp word, "khoảng" opening it, a time zone (review 2 of s33-lead, D)', () => {
    expect(claimsOf('Khoảng 9 giờ 5 phút 30 giây, chiếc xe lao xuống vực.')).toEqual([]);
    expect(claimsOf('Tại thời điểm 14 giờ 20 phút 5 giây, hệ thống báo lỗi.')).toEqual([]);
    expect(claimsOf('Đồng hồ chỉ 9 giờ 5 phút 30 giây khi tàu rời ga.').filter((c) => c.unit === 'giây')).toEqual([]);
    expect(claimsOf('Trận đấu bắt đầu 20 giờ 5 phút 30 giây (giờ Hà Nội).').filter((c) => c.unit === 'giây')).toEqual([]);
  });

  it('race times and records without a word of length are lengths (review 3 of s33-lead, bug 3)', () => {
    expect(claimAt('Anh lập kỷ lục 32 giờ 5 phút 10 giây.', '32 giờ 5 phút 10 giây').value).toBe(115510);
    expect(claimAt('Thời gian về đích: 2 giờ 8 phút 15 giây.', '2 giờ 8 phút 15 giây').value).toBe(7695);
    expect(claimAt('Kỷ lục cũ là 2 giờ 1 phút 39 giây.', '2 giờ 1 phút 39 giây').value).toBe(7299);
    expect(claimAt('Anh về nhất với 2 giờ 5 phút 20 giây.', '2 giờ 5 phút 20 giây').value).toBe(7520);
    expect(claimAt('Phelps bơi hết 1 giờ 2 phút 3,45 giây.', '1 giờ 2 phút 3,45 giây')).toMatchObject({ kind: 'duration', value: 3723.45 });
    // Thousandths: a lap time.
    expect(claimAt('Vettel giành pole với 1 phút 29,708 giây.', '1 phút 29,708 giây').value).toBeCloseTo(89.708, 6);
  });

  it('a range before minutes (or hours) and seconds is not folded into one length (its bound would stay in minutes or hours; reviews 2 and 3)', () => {
    expect(claimsOf('Khoảng 3-4 phút 20 giây sau, xe cứu thương tới.').some((c) => c.unit === 'giây' && c.value === 200)).toBe(false);
    expect(claimsOf('Mất 1-2 giờ 30 phút 10 giây.').some((c) => c.unit === 'giây' && (c.value ?? 0) > 1000)).toBe(false);
  });

  it('near misses keep their reading: 60 seconds or more, hours and minutes without seconds, minutes alone', () => {
    // "75 giây" cannot be the seconds of a minute: two figures, as before.
    expect(claimsOf('Anh chạy hết 3 phút 75 giây.').map((c) => c.quote)).toEqual(['3 phút', '75 giây']);
    expect(claimAt('Trận đấu kéo dài 2 giờ 33 phút.', '2 giờ 33 phút')).toMatchObject({ kind: 'duration', value: 153, unit: 'phút' });
    expect(claimsOf('Lúc 17 giờ 30 phút, vụ nổ xảy ra.')).toEqual([]);
    expect(claimAt('6 phút sau, đội khách gỡ hòa.', '6 phút').kind).toBe('duration');
  });
});
