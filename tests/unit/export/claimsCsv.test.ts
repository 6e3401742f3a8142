import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toClaimsCsv } from '../../../shared/export/claimsCsv';
import { formatDateTime } from '../../../shared/i18n';
import { selectForExport } from '../../../shared/export/select';
import { sampleIds, sampleWorkspace } from './helpers/workspace';

function readBack(csv: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

describe('toClaimsCsv', () => {
  const ws = sampleWorkspace();
  const ids = sampleIds(ws);

  it('starts with a UTF-8 BOM and ends every row with CRLF, so Excel shows Vietnamese', () => {
    const csv = toClaimsCsv(selectForExport(ws), { lang: 'en' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.startsWith('\uFEFFArticle,Outlet,Date,Quote,Sentence,Kind,Value,Unit,Qualifier,Subject,Metric,Period,Modality,Status,Verdict,Right value,Note,Evidence,Reviewer,Reviewed at,Claim id,Reason for the flag\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it('reads back with papaparse with every value intact, quotes, commas and newlines included', () => {
    const { rows } = readBack(toClaimsCsv(selectForExport(ws), { lang: 'en' }));
    expect(rows).toHaveLength(3);
    const jobless = rows.find((r) => r['Claim id'] === ids.jobless);
    expect(jobless).toEqual({
      Article: 'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023',
      Outlet: 'Báo Mẫu',
      Date: '6 Jan 2024',
      Quote: '2,28%',
      Sentence: 'Tỷ lệ thất nghiệp của lao động trong độ tuổi là 2,28%, giảm 0,06 điểm phần trăm so với năm trước.',
      Kind: 'percent',
      Value: '2.28',
      Unit: '%',
      Qualifier: 'exact',
      Subject: 'lao động trong độ tuổi',
      Metric: 'tỷ lệ thất nghiệp',
      Period: '',
      Modality: jobless?.Modality ?? '',
      Status: 'Corrected',
      Verdict: 'Inaccurate',
      'Right value': '2.26 (2,26%)',
      Note: 'Số liệu "chính thức", theo GSO\ndòng thứ hai; có dấu phẩy',
      Evidence: 'https://www.gso.gov.vn/lao-dong (Bảng 3)\nhttps://www.molisa.gov.vn',
      Reviewer: 'Trần Thu Hà',
      // The desk's date and time (local, as the history shows it), not raw ISO UTC.
      'Reviewed at': formatDateTime('2024-03-03T14:00:00.000Z', 'en'),
      'Claim id': ids.jobless,
      'Reason for the flag': '',
    });
  });

  it('uses Vietnamese headers and labels by default', () => {
    const { fields, rows } = readBack(toClaimsCsv(selectForExport(ws)));
    expect(fields.slice(0, 4)).toEqual(['Bài viết', 'Cơ quan báo chí', 'Ngày đăng', 'Trích dẫn']);
    expect(rows.map((r) => [r['Trạng thái'], r['Kết luận']])).toEqual([
      ['Đã xác minh', 'Đúng'],
      ['Đã sửa', 'Chưa chính xác'],
      ['Đã xác minh', 'Sai'],
    ]);
  });

  it('speaks the desk\'s words in Vietnamese: kinds, qualifiers, dates d/M/yyyy and a decimal comma', () => {
    const { rows } = readBack(toClaimsCsv(selectForExport(ws)));
    const jobless = rows.find((r) => r['Mã nhận định'] === ids.jobless);
    expect(jobless?.['Kiểu số liệu']).toBe('tỷ lệ %');
    expect(jobless?.['Mức độ']).toBe('chính xác');
    expect(jobless?.['Giá trị']).toBe('2,28');
    expect(jobless?.['Giá trị đúng']).toBe('2,26 (2,26%)');
    expect(jobless?.['Ngày đăng']).toBe('6/1/2024');
    expect(jobless?.['Thời điểm duyệt']).toMatch(/^[34]\/3\/2024 \d\d:00$/);
    for (const row of rows) expect(Object.values(row).join(' ')).not.toMatch(/\b(percent|exact|at_most|streak|Đã đính chính)\b/);
  });

  it('says why a flagged claim is flagged, in a last column "Lý do gắn cờ", and nothing for a claim no longer flagged', () => {
    const flagged = structuredClone(ws);
    const gdpB = flagged.reviews[ids.gdpB];
    const petrol = flagged.reviews[ids.petrol];
    if (!gdpB || !petrol) throw new Error('sample changed');
    gdpB.flagReason = 'needs_source';
    petrol.flagReason = 'typo'; // verified since: its old reason is not shown
    const { fields, rows } = readBack(toClaimsCsv(selectForExport(flagged, { statuses: ['verified', 'flagged'] })));
    expect(fields.at(-1)).toBe('Lý do gắn cờ');
    expect(fields.at(-2)).toBe('Mã nhận định');
    expect(rows.find((r) => r['Mã nhận định'] === ids.gdpB)?.['Lý do gắn cờ']).toBe('Cần nguồn');
    expect(rows.find((r) => r['Mã nhận định'] === ids.petrol)?.['Lý do gắn cờ']).toBe('');
    const en = readBack(toClaimsCsv(selectForExport(flagged, { statuses: ['flagged'] }), { lang: 'en' }));
    expect(en.rows[0]?.['Reason for the flag']).toBe('Needs a source');
  });

  it('writes a decimal point in Vietnamese when asked, for a spreadsheet set to an English locale', () => {
    const { rows } = readBack(toClaimsCsv(selectForExport(ws), { lang: 'vi', decimalComma: false }));
    expect(rows.find((r) => r['Mã nhận định'] === ids.jobless)?.['Giá trị']).toBe('2.28');
  });

  it('writes ranges and ratios as one readable value', () => {
    const { rows } = readBack(toClaimsCsv(selectForExport(ws, { statuses: ['unreviewed'] }), { lang: 'en' }));
    expect(rows.find((r) => r['Claim id'] === ids.provinces)?.Value).toBe('45/63');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const evil = sampleWorkspace();
    const a = evil.articles[0];
    if (!a) throw new Error('sample changed');
    a.title = '=HYPERLINK("http://evil.example","bấm vào đây")';
    const { rows } = readBack(toClaimsCsv(selectForExport(evil), { lang: 'en' }));
    expect(rows[0]?.Article).toBe(`'=HYPERLINK("http://evil.example","bấm vào đây")`);
  });

  it('writes just the header for an empty selection', () => {
    const csv = toClaimsCsv(selectForExport(ws, { articleIds: [] }), { lang: 'en' });
    expect(readBack(csv).rows).toEqual([]);
  });
});
