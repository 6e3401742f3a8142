import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/schema';
import { repoRoot } from '../helpers';
import { cli } from './helpers';
import { claimByQuote, oneErrorLine, workspaceWithArticle } from './fixture';

const settingsOf = async (ws: string): Promise<Settings> => {
  const run = await cli(['settings', 'get', '--workspace', ws, '--silent']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Settings;
};

const set = (ws: string, key: string, value: string, ...extra: string[]) => cli(['settings', 'set', key, value, '--workspace', ws, '--silent', ...extra]);

describe('CLI settings', { timeout: 180_000 }, () => {
  it('get prints the settings with their defaults; set changes one key, validated as the app validates it', async () => {
    const { ws } = await workspaceWithArticle();
    const initial = await settingsOf(ws);
    expect(initial).toMatchObject({ language: 'vi', theme: 'light', newsroom: { name: '', url: '' }, claimReviewUrlPattern: '', autoAdvance: false });
    expect(initial.verdicts?.map((v) => v.id)).toEqual(['true', 'mostly_true', 'inaccurate', 'false', 'unverifiable']);

    expect((await set(ws, 'reviewerName', 'Nguyễn Thu Hà')).code).toBe(0);
    expect((await set(ws, 'newsroom.name', 'Báo Mẫu')).code).toBe(0);
    const last = await set(ws, 'newsroom.url', 'https://baomau.example');
    expect(last.code).toBe(0);
    expect(JSON.parse(last.stdout)).toMatchObject({ reviewerName: 'Nguyễn Thu Hà', newsroom: { name: 'Báo Mẫu', url: 'https://baomau.example' } });
    expect((await set(ws, 'autoAdvance', 'true')).code).toBe(0);
    expect((await set(ws, 'verdicts.1.label_vi', 'Phần lớn đúng')).code).toBe(0);
    expect((await set(ws, 'verdicts.4.rating', 'null')).code).toBe(0);

    const after = await settingsOf(ws);
    expect(after).toMatchObject({ reviewerName: 'Nguyễn Thu Hà', newsroom: { name: 'Báo Mẫu', url: 'https://baomau.example' }, autoAdvance: true });
    expect(after.verdicts?.[1]).toEqual({ id: 'mostly_true', label_vi: 'Phần lớn đúng', label_en: 'Mostly true', rating: 3 });
  });

  it('set refuses a bad key or value with exit 2 and one line, and leaves the settings as they were', async () => {
    const { ws } = await workspaceWithArticle();
    const before = await settingsOf(ws);
    const cases: Array<[string[], RegExp]> = [
      [['newsroom.url', 'ftp://baomau.example'], /newsroom\.url: invalid value/],
      [['language', 'fr'], /language: invalid value/],
      [['reviewerName', ''], /reviewerName: invalid value/],
      [['claimReviewUrlPattern', 'javascript:alert(1)'], /claimReviewUrlPattern: invalid value/],
      [['autoAdvance', 'yes'], /autoAdvance: expects true or false/],
      [['newsroom.owner', 'x'], /no setting "newsroom.owner"; settable: reviewerName/],
      [['schemaVersion', '2'], /no setting "schemaVersion"/],
      [['verdicts', '[]'], /verdicts: invalid value/],
      [['verdicts', 'not json'], /verdicts: expects a JSON value/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(['settings', 'set', ...args, '--workspace', ws, '--lang', 'en']);
      expect(run.code, args.join(' ')).toBe(2);
      expect(oneErrorLine(run)).toMatch(message);
    }
    expect(await settingsOf(ws)).toEqual(before);
  });

  it('says what a refused value should be in the run\'s language, in the settings form\'s words where it has them', async () => {
    const { ws } = await workspaceWithArticle();
    const cases: Array<[string[], string, string]> = [
      [['language', 'fr'], 'language: giá trị không hợp lệ (phải là một trong vi, en)', 'language: invalid value (must be one of vi, en)'],
      [
        ['newsroom.url', 'ftp://baomau.example'],
        'newsroom.url: giá trị không hợp lệ: Trang web tòa soạn phải là một địa chỉ bắt đầu bằng https://, ví dụ https://baocuaban.vn (hoặc để trống).',
        'newsroom.url: invalid value: Newsroom website must be an address starting with https://, for example https://yournewsroom.com (or leave it empty).',
      ],
      [['reviewerName', ''], 'reviewerName: giá trị không hợp lệ: Tên người duyệt phải có từ 1 đến 120 ký tự.', 'reviewerName: invalid value: Reviewer name must be 1 to 120 characters long.'],
    ];
    for (const [args, vi, en] of cases) {
      const inVi = await cli(['settings', 'set', ...args, '--workspace', ws, '--lang', 'vi']);
      expect(inVi.code, args.join(' ')).toBe(2);
      expect(oneErrorLine(inVi)).toBe(`crosscheck: ${vi}`);
      expect(oneErrorLine(await cli(['settings', 'set', ...args, '--workspace', ws, '--lang', 'en']))).toBe(`crosscheck: ${en}`);
    }
  });

  it('makes a valid ClaimReview export from commands alone', async () => {
    const { dir, ws, claims } = await workspaceWithArticle();
    const claim = claimByQuote(claims, '42,13%');
    const run = async (...args: string[]) => {
      const r = await cli([...args, '--workspace', ws, '--silent']);
      expect(r.code, r.stderr).toBe(0);
      return r;
    };
    await run('review', claim.id, '--status', 'verified', '--verdict', 'Đúng', '--evidence', 'https://sotttt.bacgiang.gov.vn/bao-cao-2023', '--evidence-note', 'Báo cáo của Sở');
    const out = join(dir, 'claimreview.json');

    // Without the newsroom settings nothing is written, and the one line says what is missing.
    const early = await cli(['export', '--workspace', ws, '--format', 'claimreview', '--out', out, '--lang', 'en']);
    expect(early.code).toBe(1);
    const line = early.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    // In the desk's words (the Settings labels, the claim by its quote), with what to type.
    expect(line).toBe(
      'crosscheck: nothing written: no claim in scope has complete ClaimReview data (Fill in Newsroom name and Fact-check address in Settings; ' +
        'to fix: settings set newsroom.name "…", settings set claimReviewUrlPattern "https://…/{claimId}")',
    );
    const vi = (await cli(['export', '--workspace', ws, '--format', 'claimreview', '--out', out])).stderr.trim();
    expect(vi).toBe(
      'crosscheck: không ghi gì: không nhận định nào trong phạm vi đủ dữ liệu ClaimReview (Hãy điền Tên tòa soạn và Địa chỉ bài kiểm chứng trong Cài đặt; ' +
        'cách sửa: settings set newsroom.name "…", settings set claimReviewUrlPattern "https://…/{claimId}")',
    );

    await run('settings', 'set', 'newsroom.name', 'Báo Mẫu');
    await run('settings', 'set', 'newsroom.url', 'https://baomau.example');
    await run('settings', 'set', 'claimReviewUrlPattern', 'https://baomau.example/kiem-chung/{claimId}');
    const exported = await run('export', '--format', 'claimreview', '--out', out);
    expect(JSON.parse(exported.stdout)).toMatchObject({ path: out, count: 1, problems: [] });

    const markup = JSON.parse(await readFile(out, 'utf8')) as unknown;
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(await readFile(join(repoRoot, 'tests/fixtures/claimreview-required.schema.json'), 'utf8')) as object);
    expect(validate(markup), JSON.stringify(validate.errors)).toBe(true);
    expect(markup).toEqual([
      expect.objectContaining({
        url: `https://baomau.example/kiem-chung/${claim.id}`,
        author: { '@type': 'Organization', name: 'Báo Mẫu', url: 'https://baomau.example' },
        reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 4, worstRating: 1, alternateName: 'Đúng' },
        claimReviewed: expect.stringContaining('42,13%'),
      }),
    ]);
    // The validator is not vacuous: the same markup without its url fails.
    const [first] = markup as Array<Record<string, unknown>>;
    const { url: _url, ...withoutUrl } = first ?? {};
    expect(validate([withoutUrl])).toBe(false);

    // --lang en gives the English label of the same verdict.
    const english = await run('export', '--format', 'claimreview', '--out', out, '--lang', 'en');
    expect(JSON.parse(english.stdout)).toMatchObject({ count: 1 });
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual([expect.objectContaining({ reviewRating: expect.objectContaining({ alternateName: 'True' }) })]);
  });
});
