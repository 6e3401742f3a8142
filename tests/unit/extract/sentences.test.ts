import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/extract';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences handles Vietnamese punctuation', () => {
  it('does not split after abbreviations such as TP., PGS.TS, ThS., GS., Nxb.', () => {
    const text = 'PGS.TS Nguyễn Văn A làm việc tại TP.HCM và TP. Hà Nội. ThS. Lê Thị B cho biết sách do Nxb. Giáo dục in. GS. Trần C đồng ý.';
    expect(sentencesOf(text)).toEqual([
      'PGS.TS Nguyễn Văn A làm việc tại TP.HCM và TP. Hà Nội.',
      'ThS. Lê Thị B cho biết sách do Nxb. Giáo dục in.',
      'GS. Trần C đồng ý.',
    ]);
  });

  it('keeps decimals, thousands and dotted dates inside the sentence', () => {
    const text = 'Tỉnh có 1.891 tổ, lãi suất 0,57% và tăng 10.6 điểm từ ngày 1.5. Sau đó giảm.';
    expect(sentencesOf(text)).toEqual(['Tỉnh có 1.891 tổ, lãi suất 0,57% và tăng 10.6 điểm từ ngày 1.5.', 'Sau đó giảm.']);
  });

  it('keeps initials such as N.V.T. together', () => {
    expect(sentencesOf('Tác giả N.V.T. Nguyễn đã viết bài này. Bài đăng hôm qua.')).toEqual([
      'Tác giả N.V.T. Nguyễn đã viết bài này.',
      'Bài đăng hôm qua.',
    ]);
  });

  it('splits where the space after a stop is missing ("đồng.Theo")', () => {
    expect(sentencesOf('Doanh thu đạt 5 tỷ đồng.Theo báo cáo, lợi nhuận tăng.')).toEqual([
      'Doanh thu đạt 5 tỷ đồng.',
      'Theo báo cáo, lợi nhuận tăng.',
    ]);
  });

  it('keeps a closing quote with its sentence and treats v.v... as an abbreviation', () => {
    expect(sentencesOf('Ông nói: “Chúng tôi sẽ làm.” Sau đó, họ mua gạo, muối v.v... để dự trữ.')).toEqual([
      'Ông nói: “Chúng tôi sẽ làm.”',
      'Sau đó, họ mua gạo, muối v.v... để dự trữ.',
    ]);
  });

  it('ends headlines and captions at the line break even without a stop', () => {
    expect(sentencesOf('Những kết quả ấn tượng về chuyển đổi số\n\nTỉnh đạt 80%.\nẢnh minh họa')).toEqual([
      'Những kết quả ấn tượng về chuyển đổi số',
      'Tỉnh đạt 80%.',
      'Ảnh minh họa',
    ]);
  });

  it('does not split a domain name (Postmart.vn)', () => {
    expect(sentencesOf('Sản phẩm lên sàn Postmart.vn và Voso.vn trong năm nay.')).toHaveLength(1);
  });
});
