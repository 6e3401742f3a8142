import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toClaimsCsv } from '../../../shared/export/claimsCsv';
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
    expect(csv.startsWith('\uFEFFarticle,outlet,date,quote,sentence,kind,value,unit,qualifier,subject,metric,period,status,verdict,corrected value,note,evidence,reviewer,reviewed at,claim id\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it('reads back with papaparse with every value intact, quotes, commas and newlines included', () => {
    const { rows } = readBack(toClaimsCsv(selectForExport(ws), { lang: 'en' }));
    expect(rows).toHaveLength(3);
    const jobless = rows.find((r) => r['claim id'] === ids.jobless);
    expect(jobless).toEqual({
      article: 'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023',
      outlet: 'Báo Mẫu',
      date: '2024-01-06T08:30:00+07:00',
      quote: '2,28%',
      sentence: 'Tỷ lệ thất nghiệp của lao động trong độ tuổi là 2,28%, giảm 0,06 điểm phần trăm so với năm trước.',
      kind: 'percent',
      value: '2.28',
      unit: '%',
      qualifier: 'exact',
      subject: 'lao động trong độ tuổi',
      metric: 'tỷ lệ thất nghiệp',
      period: '',
      status: 'Corrected',
      verdict: 'Inaccurate',
      'corrected value': '2.26 (2,26%)',
      note: 'Số liệu "chính thức", theo GSO\ndòng thứ hai; có dấu phẩy',
      evidence: 'https://www.gso.gov.vn/lao-dong (Bảng 3)\nhttps://www.molisa.gov.vn',
      reviewer: 'Trần Thu Hà',
      'reviewed at': '2024-03-03T14:00:00.000Z',
      'claim id': ids.jobless,
    });
  });

  it('uses Vietnamese headers and labels by default', () => {
    const { fields, rows } = readBack(toClaimsCsv(selectForExport(ws)));
    expect(fields.slice(0, 4)).toEqual(['bài viết', 'cơ quan báo chí', 'ngày đăng', 'trích dẫn']);
    expect(rows.map((r) => [r['trạng thái'], r['kết luận']])).toEqual([
      ['Đã xác minh', 'Đúng'],
      ['Đã đính chính', 'Chưa chính xác'],
      ['Đã xác minh', 'Sai'],
    ]);
  });

  it('writes ranges and ratios as one readable value', () => {
    const { rows } = readBack(toClaimsCsv(selectForExport(ws, { statuses: ['unreviewed'] }), { lang: 'en' }));
    expect(rows.find((r) => r['claim id'] === ids.provinces)?.value).toBe('45/63');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const evil = sampleWorkspace();
    const a = evil.articles[0];
    if (!a) throw new Error('sample changed');
    a.title = '=HYPERLINK("http://evil.example","bấm vào đây")';
    const { rows } = readBack(toClaimsCsv(selectForExport(evil), { lang: 'en' }));
    expect(rows[0]?.article).toBe(`'=HYPERLINK("http://evil.example","bấm vào đây")`);
  });

  it('writes just the header for an empty selection', () => {
    const csv = toClaimsCsv(selectForExport(ws, { articleIds: [] }), { lang: 'en' });
    expect(readBack(csv).rows).toEqual([]);
  });
});
