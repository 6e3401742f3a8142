import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { selectFindings, toFindingsCsv, toFindingsHtml } from '../../../shared/export/findingsReport';
import { formatDateTime } from '../../../shared/i18n';
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
    expect(csv.startsWith('\uFEFFfinding id,type,status,explanation,resolution,quote 1,')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({
      'finding id': 'f_gdp',
      type: 'Conflict',
      status: 'Resolved',
      explanation: 'Hai bài nêu tăng trưởng GDP 2023 khác nhau: 6,5% và 5,05% <script>alert("x")</script>',
      resolution: 'Số 5,05% là GDP năm 2023 theo GSO; 6,5% là mục tiêu. Đã đề nghị Báo Mẫu đính chính & ghi rõ nguồn.',
      'quote 1': '6,5%',
      'article 1': 'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023',
      'outlet 1': 'Báo Mẫu',
      'date 1': '6 Jan 2024',
      'quote 2': '5,05%',
      'article 2': 'Ngân hàng Thế giới: GDP Việt Nam 2023 chỉ tăng 5,05%',
      'outlet 2': 'Báo Khác',
      'date 2': '10 Feb 2024',
      'other claims': '',
    });
    expect(rows[1]?.resolution).toBe('');
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
    expect(document.querySelector('h1')?.textContent).toBe('Báo cáo mâu thuẫn và bất nhất — Tòa soạn Kiểm chứng');
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
