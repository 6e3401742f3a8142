import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { selectFindings, toFindingsCsv, toFindingsHtml } from '../../../shared/export/findingsReport';
import { formatDateTime } from '../../../shared/i18n';
import { toClaimsCsv } from '../../../shared/export/claimsCsv';
import { selectForExport } from '../../../shared/export/select';
import { sampleWorkspace } from './helpers/workspace';

describe('findings report', () => {
  const ws = sampleWorkspace();

  it('lists contradictions and inconsistencies, not "consistent" pairs, by default', () => {
    expect(selectFindings(ws).map((f) => f.finding.id)).toEqual(['f_gdp', 'f_internal']);
    expect(selectFindings(ws, { statuses: ['open'] }).map((f) => f.finding.id)).toEqual(['f_internal']);
    expect(selectFindings(ws, { from: '2024-02-01' }).map((f) => f.finding.id)).toEqual(['f_gdp']);
    expect(selectFindings(ws, { articleIds: ['a_xang'] })).toEqual([]);
  });

  it('CSV: one row per finding with both quotes, articles, dates, explanation, status and resolution', () => {
    const csv = toFindingsCsv(ws, {}, { lang: 'en' });
    expect(csv.startsWith('\uFEFFFinding id,Finding type,Status,Explanation,Resolution,Quote 1,Sentence 1,Article 1,Outlet 1,Date 1,Quote 2,')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({
      'Finding id': 'f_gdp',
      'Finding type': 'Conflict',
      Status: 'Resolved',
      Explanation: 'Hai bài nêu tăng trưởng GDP 2023 khác nhau: 6,5% và 5,05% <script>alert("x")</script>',
      Resolution: 'Số 5,05% là GDP năm 2023 theo GSO; 6,5% là mục tiêu. Đã đề nghị Báo Mẫu đính chính & ghi rõ nguồn.',
      'Quote 1': '6,5%',
      'Article 1': 'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023',
      'Outlet 1': 'Báo Mẫu',
      'Date 1': '6 Jan 2024',
      'Quote 2': '5,05%',
      'Article 2': 'Ngân hàng Thế giới: GDP Việt Nam 2023 chỉ tăng 5,05%',
      'Outlet 2': 'Báo Khác',
      'Date 2': '10 Feb 2024',
      'Other claims': '',
    });
    expect(rows[1]?.Resolution).toBe('');
  });

  it('CSV in Vietnamese: capitalised headers, the outlet called as in the claims CSV and the desk', () => {
    const csv = toFindingsCsv(ws, {}, { lang: 'vi' });
    const header = Papa.parse<string[]>(csv.slice(1)).data[0] ?? [];
    expect(header).toEqual([
      'Mã phát hiện', 'Loại phát hiện', 'Trạng thái', 'Giải thích', 'Cách xử lý',
      'Trích dẫn 1', 'Câu 1', 'Bài viết 1', 'Cơ quan báo chí 1', 'Ngày đăng 1',
      'Trích dẫn 2', 'Câu 2', 'Bài viết 2', 'Cơ quan báo chí 2', 'Ngày đăng 2', 'Nhận định khác',
    ]);
    for (const name of header) expect(name[0]).toBe(name[0]?.toLocaleUpperCase('vi'));
    expect(toClaimsCsv(selectForExport(ws))).toContain(',Cơ quan báo chí,');
  });

  it('CSV and HTML: a finding about a span of text (no claim) carries its quote, sentence, article, outlet and date', () => {
    const base = sampleWorkspace();
    const a = base.articles.find((x) => x.id === 'a_kinhte')!;
    const typo = 'Tổng cục Thống kê';
    const start = a.text.indexOf(typo);
    const ws = {
      ...base,
      findings: [
        {
          id: 'f_span',
          type: 'internal' as const,
          claimIds: [],
          explanation: 'Năm không hợp lệ.',
          status: 'open' as const,
          resolution: null,
          spans: [{ articleId: a.id, start, end: start + typo.length, quote: typo }],
          // Text its facts refer to, found before the span (an elapsed time counted from a date).
          facts: { rule: 'elapsed-years', fromQuote: 'tăng trưởng' },
        },
      ],
    };
    const rows = Papa.parse<Record<string, string>>(toFindingsCsv(ws, {}, { lang: 'vi' }).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({
      'Mã phát hiện': 'f_span',
      'Trích dẫn 1': typo,
      'Câu 1': expect.stringContaining('cho biết GDP năm 2023 tăng 6,5%'),
      'Bài viết 1': a.title,
      'Cơ quan báo chí 1': 'Báo Mẫu',
      'Ngày đăng 1': '6/1/2024',
      'Trích dẫn 2': 'tăng trưởng',
      'Câu 2': 'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023',
    });
    const html = toFindingsHtml(ws, {}, { generatedAt: '2024-03-05T03:00:00.000Z' });
    expect(html).toContain(`<mark>${typo}</mark>`);
    expect(html).toContain('Báo Mẫu · 6/1/2024');
  });

  it('HTML: a standalone printable page with everything escaped and no script', () => {
    const generatedAt = '2024-03-05T03:00:00.000Z';
    const html = toFindingsHtml(ws, {}, { generatedAt });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('đính chính &amp; ghi rõ nguồn');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/@media print/);
    expect(html).not.toMatch(/\b(src|href)=/);

    const { document } = parseHTML(html);
    expect(document.querySelector('h1')?.textContent).toBe('Báo cáo phát hiện — Tòa soạn Kiểm chứng');
    const cards = [...document.querySelectorAll('section.finding')];
    expect(cards).toHaveLength(2);
    const first = cards[0];
    expect([...(first?.querySelectorAll('mark') ?? [])].map((m) => m.textContent)).toEqual(['6,5%', '5,05%']);
    // The desk's date format, never raw ISO: the day of publication, the time the report was made.
    expect(first?.textContent).toContain('Báo Mẫu · 6/1/2024');
    expect(first?.textContent).toContain('Báo Khác · 10/2/2024');
    expect(document.querySelector('.meta')?.textContent).toBe(`Lập lúc: ${formatDateTime(generatedAt, 'vi')} · Số phát hiện: 2`);
    expect(formatDateTime(generatedAt, 'vi')).toMatch(/^\d{1,2}\/3\/2024 \d\d:00$/);
    expect(html).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(first?.textContent).toContain('Đã xử lý');
    expect(cards[1]?.textContent).toContain('Chưa xử lý');
  });

  it('HTML in English, and a note when nothing is in scope', () => {
    const html = toFindingsHtml(ws, { statuses: ['dismissed'] }, { lang: 'en', generatedAt: '2024-03-05' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('No findings in the selected scope.');
  });
});
