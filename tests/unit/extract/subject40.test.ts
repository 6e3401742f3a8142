// Engine 40 (session 40, issue 11: the subject of claims), from the error classes of half A of the development
// material only (see README, engine 40, subjc): a title opening a sentence before a person's short form ("Chị Huyền
// đã …") no longer hides the person (`aloneAt` in shared/extract/entities.ts). Our own sentences: the cases the rule
// decides, and the near-misses it must not fire on. (The branch's rule of the owner after "của" was left out after
// its review.)
import { describe, expect, it } from 'vitest';
import { datedClaimOf as claimOf } from './helpers';
import { aloneAt } from '../../../shared/extract/entities';


describe('a title opening a sentence before a short form ("Chị Huyền đã …")', () => {
  it('names the person introduced with that title', () => {
    const body = 'Chị Trần Thị Mai (35 tuổi, ở Hà Nội) mua một căn hộ chung cư. Chị Mai đã đặt cọc 200 triệu đồng cho chủ đầu tư.';
    expect(claimOf(body, '200 triệu đồng').subject).toBe('Trần Thị Mai');
  });
  it('names the person the text calls by that title in lower case elsewhere', () => {
    const body = 'Ông Lê Văn Tường mở phòng khám từ năm 2010. Ông Tường đã thu 50 triệu đồng của bệnh nhân. Sau đó ông Tường bỏ trốn.';
    expect(claimOf(body, '50 triệu đồng').subject).toBe('Lê Văn Tường');
  });

  // Near-misses: a capitalised title and form the text never uses for the person is no mention of them.
  it('not "Anh Sơn" (a district) when the person is only ever "ông Sơn"', () => {
    const body = 'Ông Nguyễn Văn Sơn (60 tuổi) là chủ một trang trại ở Nghệ An. Anh Sơn có 20 xã và 2 thị trấn.';
    expect(claimOf(body, '20 xã').subject).not.toBe('Nguyễn Văn Sơn');
  });
  it('aloneAt: the form after a sentence-opening title counts only with a title the text uses for it', () => {
    const text = 'Chị Mai đến sớm. Sau đó, chị Mai về nhà. Ông Mai không đến.';
    expect(aloneAt(text, new Set(['Mai'])).get('Mai')).toEqual([4, text.indexOf('chị Mai') + 4]);
    expect(aloneAt('Chị Mai đến sớm. Ông Mai không đến.', new Set(['Mai'])).get('Mai')).toBeUndefined();
    expect(aloneAt('Chị Mai đến sớm.', new Set(['Mai']), new Set(['chị Mai'])).get('Mai')).toEqual([4]);
    // Not opening a sentence: "Theo Chị Mai" is no title at an opening (the capital before is another word).
    const aside = 'Theo Chị Mai, giá tăng. Sau đó, chị Mai về nhà.';
    expect(aloneAt(aside, new Set(['Mai'])).get('Mai')).toEqual([aside.indexOf('chị Mai') + 4]);
  });
});
