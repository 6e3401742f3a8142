import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../electron/import/markdown';

describe('markdownToText', () => {
  it('turns headings, emphasis, links and images into their text and keeps paragraphs', () => {
    const md = [
      '# Kinh tế tăng **6,5%** năm 2023',
      '',
      'Theo [Tổng cục Thống kê](https://www.gso.gov.vn "GSO"), GDP tăng *6,5%*, thấp hơn mục tiêu __6,8%__.',
      '',
      '![Biểu đồ tăng trưởng](chart.png)',
      '',
      '## Thất nghiệp',
      '> Tỷ lệ thất nghiệp là `2,28%`, giảm ~~0,1~~ 0,06 điểm.',
    ].join('\n');
    expect(markdownToText(md)).toEqual({
      title: 'Kinh tế tăng 6,5% năm 2023',
      text: [
        'Kinh tế tăng 6,5% năm 2023',
        '',
        'Theo Tổng cục Thống kê, GDP tăng 6,5%, thấp hơn mục tiêu 6,8%.',
        '',
        'Biểu đồ tăng trưởng',
        '',
        'Thất nghiệp',
        'Tỷ lệ thất nghiệp là 2,28%, giảm 0,1 0,06 điểm.',
      ].join('\n'),
    });
  });

  it('keeps numbers, snake_case, ordered-list numbers and comparison signs that look like markup', () => {
    const md = ['1. Dân số đạt 100,3 triệu người', '- Tăng 0,84% so với 2022', 'Tỷ lệ < 5% và 2*3 = 6, biến ten_bien_so giữ nguyên', '* * *', 'Hết'].join('\n');
    expect(markdownToText(md).text).toBe(
      ['1. Dân số đạt 100,3 triệu người', 'Tăng 0,84% so với 2022', 'Tỷ lệ < 5% và 2*3 = 6, biến ten_bien_so giữ nguyên', '', 'Hết'].join('\n'),
    );
  });

  it('takes the title from front matter, drops reference definitions and table rulers', () => {
    const md = ['---', 'title: "Ngân sách 2023"', 'date: 2024-01-06', '---', 'Thu ngân sách đạt [105%][gso] dự toán.', '', '| Tỉnh | Tỷ lệ |', '|---|---:|', '| Hà Nội | 110% |', '', '[gso]: https://www.gso.gov.vn'].join('\n');
    expect(markdownToText(md)).toEqual({
      title: 'Ngân sách 2023',
      text: ['Thu ngân sách đạt 105% dự toán.', '', 'Tỉnh | Tỷ lệ', 'Hà Nội | 110%'].join('\n'),
    });
  });
});
