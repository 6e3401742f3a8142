import { SCHEMA_VERSION, type Article, type AuditEvent, type Claim, type Review, type Workspace } from '../../../../shared/schema';
import { defaultSettings } from '../../../../shared/settings';

/**
 * A small desk built by hand (not by the extraction engine, which is being rewritten) so every
 * offset here is known: each claim is found in its article's text by its quote.
 */
export function article(id: string, text: string, meta: Partial<Article> = {}): Article {
  return { id, source: `/home/bientap/bai/${id}.txt`, text, importedAt: '2024-03-01T09:00:00.000Z', title: null, outlet: null, author: null, publishedAt: null, ...meta };
}

export function claimIn(a: Article, quote: string, overrides: Partial<Claim> = {}, occurrence = 0): Claim {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = a.text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" not in ${a.id}`);
  const end = start + quote.length;
  let sentenceStart = start;
  while (sentenceStart > 0 && !/[.!?\n]/.test(a.text[sentenceStart - 1] ?? '')) sentenceStart--;
  while (/\s/.test(a.text[sentenceStart] ?? '')) sentenceStart++;
  let sentenceEnd = end;
  while (sentenceEnd < a.text.length && !/[.!?\n]/.test(a.text[sentenceEnd] ?? '')) sentenceEnd++;
  if (sentenceEnd < a.text.length && a.text[sentenceEnd] !== '\n') sentenceEnd++;
  return {
    id: `c_${a.id}_${start}`,
    articleId: a.id,
    start,
    end,
    quote,
    sentenceStart,
    sentenceEnd,
    kind: 'percent',
    value: null,
    total: null,
    upper: null,
    unit: '%',
    qualifier: 'exact',
    subject: null,
    metric: null,
    period: null,
    modality: 'fact',
    years: null,
    checkworthiness: 0.8,
    prefix: a.text.slice(Math.max(0, start - 32), start),
    suffix: a.text.slice(end, end + 32),
    origin: 'extracted',
    ...overrides,
  };
}

export function review(claimId: string, overrides: Partial<Review> = {}): Review {
  return {
    claimId,
    status: 'verified',
    verdict: 'true',
    correctedValue: null,
    correctedText: null,
    note: null,
    evidence: [],
    reviewer: 'Trần Thu Hà',
    updatedAt: '2024-03-02T10:15:00.000Z',
    ...overrides,
  };
}

function auditEvent(seq: number, target: string, action: string, prevHash: string): AuditEvent {
  return { seq, who: 'Trần Thu Hà', when: `2024-03-02T10:1${seq}:00.000Z`, action, target, before: null, after: { status: 'verified' }, prevHash, hash: `h${seq}`.padEnd(64, '0') };
}

export const TEXT_A =
  'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023\n\n' +
  'Tổng cục Thống kê cho biết GDP năm 2023 tăng 6,5%, thấp hơn mục tiêu 6,8% mà Quốc hội đề ra. ' +
  'Tỷ lệ thất nghiệp của lao động trong độ tuổi là 2,28%, giảm 0,06 điểm phần trăm so với năm trước. ' +
  'Có 45/63 tỉnh, thành phố hoàn thành kế hoạch thu ngân sách.';
export const TEXT_B =
  'Ngân hàng Thế giới: GDP Việt Nam 2023 chỉ tăng 5,05%\n\n' +
  'Theo báo cáo cập nhật của Ngân hàng Thế giới, GDP năm 2023 của Việt Nam tăng 5,05%, thấp hơn nhiều so với dự báo đầu năm.';
export const TEXT_C = 'Giá xăng RON95 giảm 3% từ 15 giờ chiều nay, theo thông báo của liên Bộ Công Thương – Tài chính.';

export function sampleWorkspace(): Workspace {
  const a = article('a_kinhte', TEXT_A, {
    title: 'Kinh tế Việt Nam tăng trưởng 6,5% năm 2023',
    outlet: 'Báo Mẫu',
    author: 'Lê Minh',
    publishedAt: '2024-01-06T08:30:00+07:00',
    url: 'https://baomau.example.vn/kinh-te/tang-truong-65.html',
  });
  const b = article('a_wb', TEXT_B, { title: 'Ngân hàng Thế giới: GDP Việt Nam 2023 chỉ tăng 5,05%', outlet: 'Báo Khác', publishedAt: '2024-02-10' });
  const c = article('a_xang', TEXT_C, { title: 'Giá xăng giảm 3%' });
  const gdpA = claimIn(a, '6,5%', { value: 6.5, subject: 'GDP', metric: 'tăng trưởng', period: '2023' }, 1);
  const headline = claimIn(a, '6,5%', { value: 6.5 }, 0);
  const jobless = claimIn(a, '2,28%', { value: 2.28, subject: 'lao động trong độ tuổi', metric: 'tỷ lệ thất nghiệp' });
  const provinces = claimIn(a, '45/63', { kind: 'ratio', value: 45, total: 63, unit: null });
  const gdpB = claimIn(b, '5,05%', { value: 5.05, subject: 'GDP' }, 1);
  const petrol = claimIn(c, '3%', { value: 3, subject: 'giá xăng RON95', qualifier: null });
  const settings = { ...defaultSettings(), reviewerName: 'Trần Thu Hà', newsroom: { name: 'Tòa soạn Kiểm chứng', url: 'https://kiemchung.example.vn' }, claimReviewUrlPattern: 'https://kiemchung.example.vn/kiem-chung/{claimId}' };
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [a, b, c],
    claims: [headline, gdpA, jobless, provinces, gdpB, petrol],
    reviews: {
      [gdpA.id]: review(gdpA.id, { evidence: [{ url: 'https://www.gso.gov.vn/bao-cao-2023', note: 'Báo cáo KT-XH 2023, tr. 1' }] }),
      [jobless.id]: review(jobless.id, {
        status: 'corrected',
        verdict: 'inaccurate',
        correctedValue: 2.26,
        correctedText: '2,26%',
        note: 'Số liệu "chính thức", theo GSO\ndòng thứ hai; có dấu phẩy',
        evidence: [
          { url: 'https://www.gso.gov.vn/lao-dong', note: 'Bảng 3' },
          { url: 'https://www.molisa.gov.vn', note: '' },
        ],
        updatedAt: '2024-03-03T14:00:00.000Z',
      }),
      [gdpB.id]: review(gdpB.id, { status: 'flagged', verdict: null }),
      [petrol.id]: review(petrol.id, { verdict: 'false', updatedAt: '2024-03-04T08:00:00.000Z' }),
    },
    findings: [
      {
        id: 'f_gdp',
        type: 'conflict',
        claimIds: [gdpA.id, gdpB.id],
        explanation: 'Hai bài nêu tăng trưởng GDP 2023 khác nhau: 6,5% và 5,05% <script>alert("x")</script>',
        status: 'resolved',
        resolution: 'Số 5,05% là GDP năm 2023 theo GSO; 6,5% là mục tiêu. Đã đề nghị Báo Mẫu đính chính & ghi rõ nguồn.',
      },
      { id: 'f_internal', type: 'internal', claimIds: [headline.id, gdpA.id], explanation: 'Tiêu đề nói tăng trưởng 6,5%, thân bài so với mục tiêu 6,8% mà không nói rõ đã đạt hay chưa.', status: 'open', resolution: null },
      { id: 'f_same', type: 'consistent', claimIds: [gdpA.id, jobless.id], explanation: 'Nhất quán.', status: 'open', resolution: null },
    ],
    auditLog: [auditEvent(0, gdpA.id, 'review.set', '0'.repeat(64)), auditEvent(1, jobless.id, 'review.set', 'h0'.padEnd(64, '0')), auditEvent(2, 'f_gdp', 'finding.resolve', 'h1'.padEnd(64, '0'))],
    settings,
  };
}

export function emptyWorkspace(): Workspace {
  return { schemaVersion: SCHEMA_VERSION, articles: [], claims: [], reviews: {}, findings: [], auditLog: [], settings: defaultSettings() };
}

/** Claim ids of the sample by role, for readable assertions. */
export function sampleIds(ws: Workspace): { headline: string; gdpA: string; jobless: string; provinces: string; gdpB: string; petrol: string } {
  const [headline, gdpA, jobless, provinces, gdpB, petrol] = ws.claims.map((c) => c.id);
  if (!headline || !gdpA || !jobless || !provinces || !gdpB || !petrol) throw new Error('sample changed');
  return { headline, gdpA, jobless, provinces, gdpB, petrol };
}
