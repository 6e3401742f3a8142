import { describe, expect, it } from 'vitest';
import type { Review } from '../../../shared/schema';
import { cli } from './helpers';
import { claimByQuote, listClaims, oneErrorLine, workspaceWithArticle } from './fixture';

const review = async (ws: string, claimId: string, ...args: string[]): Promise<Review> => {
  const run = await cli(['review', claimId, ...args, '--workspace', ws, '--silent']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Review;
};

describe('CLI review', { timeout: 180_000 }, () => {
  it('keeps every field it is not given: a status change keeps the note, the verdict and the evidence', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const claim = claimByQuote(claims, '42,13%');
    const first = await review(ws, claim.id, '--status', 'verified', '--note', 'Khớp báo cáo của Sở', '--verdict', 'Đúng', '--evidence', 'https://sotttt.bacgiang.gov.vn/bao-cao', '--evidence-note', 'Báo cáo năm');
    expect(first).toMatchObject({ status: 'verified', note: 'Khớp báo cáo của Sở', verdict: 'true', evidence: [{ url: 'https://sotttt.bacgiang.gov.vn/bao-cao', note: 'Báo cáo năm' }] });

    const flagged = await review(ws, claim.id, '--status', 'flagged');
    expect(flagged).toMatchObject({ status: 'flagged', note: 'Khớp báo cáo của Sở', verdict: 'true', evidence: first.evidence });

    // Only a note: the status stays.
    const noted = await review(ws, claim.id, '--note', 'Cần hỏi lại Sở');
    expect(noted).toMatchObject({ status: 'flagged', note: 'Cần hỏi lại Sở', verdict: 'true' });

    // An empty note clears it; nothing else moves.
    const cleared = await review(ws, claim.id, '--note', '');
    expect(cleared).toMatchObject({ status: 'flagged', note: null, verdict: 'true', evidence: first.evidence });
    expect(claimByQuote(await listClaims(ws), '42,13%')).toMatchObject({ status: 'flagged', verdict: 'true' });
  });

  it('sets a verdict by id, label in either language or rating, and refuses one off the scale listing the scale', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const claim = claimByQuote(claims, '42,13%');
    expect((await review(ws, claim.id, '--status', 'verified', '--verdict', 'sai')).verdict).toBe('false');
    expect((await review(ws, claim.id, '--verdict', 'Mostly true')).verdict).toBe('mostly_true');
    expect((await review(ws, claim.id, '--verdict', '4')).verdict).toBe('true');
    expect((await review(ws, claim.id, '--verdict', 'unverifiable')).verdict).toBe('unverifiable');

    const bad = await cli(['review', claim.id, '--verdict', 'Bịa đặt', '--workspace', ws, '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(oneErrorLine(bad)).toMatch(/no verdict "Bịa đặt" on the newsroom's scale: true \(True, 4\), mostly_true/);

    const unreviewed = claimByQuote(claims, '1.891');
    const noStatus = await cli(['review', unreviewed.id, '--verdict', 'true', '--workspace', ws, '--lang', 'en']);
    expect(noStatus.code).toBe(2);
    expect(oneErrorLine(noStatus)).toMatch(/--status is needed: c_\w+ has no review yet/);
  });

  it('records a flag reason by code or label in either language, keeps it on later edits, and refuses it without a flag', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const claim = claimByQuote(claims, '42,13%');
    expect((await review(ws, claim.id, '--status', 'flagged')).flagReason).toBe('other');
    expect((await review(ws, claim.id, '--flag-reason', 'Cần nguồn')).flagReason).toBe('needs_source');
    // A later note keeps the reason; a reason by English label or code replaces it.
    expect(await review(ws, claim.id, '--note', 'Hỏi lại Sở')).toMatchObject({ status: 'flagged', flagReason: 'needs_source', note: 'Hỏi lại Sở' });
    expect((await review(ws, claim.id, '--flag-reason', 'typo')).flagReason).toBe('typo');
    expect((await review(ws, claim.id, '--flag-reason', 'Contradiction')).flagReason).toBe('contradiction');
    expect(claimByQuote(await listClaims(ws), '42,13%')).toMatchObject({ status: 'flagged' });

    const unknown = await cli(['review', claim.id, '--flag-reason', 'bịa', '--workspace', ws, '--lang', 'vi']);
    expect(unknown.code).toBe(2);
    expect(oneErrorLine(unknown)).toMatch(/không có lý do gắn cờ "bịa": contradiction \(Mâu thuẫn\)/);
    const notFlagged = await cli(['review', claim.id, '--status', 'verified', '--flag-reason', 'typo', '--workspace', ws, '--lang', 'en']);
    expect(notFlagged.code).toBe(2);
    expect(oneErrorLine(notFlagged)).toMatch(/--flag-reason is the reason for a flag: use it with --status flagged/);
    expect(claimByQuote(await listClaims(ws), '42,13%')).toMatchObject({ status: 'flagged' });
  });

  it('adds evidence to what the review has, refuses a non-web address, and pairs each note with the --evidence before it', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const claim = claimByQuote(claims, '42,13%');
    const first = await review(ws, claim.id, '--status', 'verified', '--evidence', 'https://a.example/1', '--evidence-note', 'Nguồn một', '--evidence', 'https://b.example/2');
    expect(first.evidence).toEqual([
      { url: 'https://a.example/1', note: 'Nguồn một' },
      { url: 'https://b.example/2', note: '' },
    ]);
    const second = await review(ws, claim.id, '--evidence', 'https://b.example/2', '--evidence-note', 'Nguồn hai', '--evidence', 'https://c.example/3');
    expect(second.evidence).toEqual([
      { url: 'https://a.example/1', note: 'Nguồn một' },
      { url: 'https://b.example/2', note: 'Nguồn hai' },
      { url: 'https://c.example/3', note: '' },
    ]);

    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'https://a.example/x y']) {
      const bad = await cli(['review', claim.id, '--evidence', url, '--workspace', ws, '--lang', 'en']);
      expect(bad.code).toBe(2);
      expect(oneErrorLine(bad)).toMatch(/--evidence must be an http\(s\) address/);
    }
    const orphan = await cli(['review', claim.id, '--evidence-note', 'x', '--workspace', ws, '--lang', 'en']);
    expect(orphan.code).toBe(2);
    expect(oneErrorLine(orphan)).toMatch(/each --evidence-note goes with an --evidence before it/);
  });

  it('reads --value the way the language writes numbers', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const count = claimByQuote(claims, '1.891');
    const percent = claimByQuote(claims, '42,13%');
    const corrected = (id: string, value: string, ...lang: string[]) => review(ws, id, '--status', 'corrected', '--value', value, ...lang);

    // Vietnamese (the workspace's language by default): "." groups thousands, "," is the decimal mark.
    expect((await corrected(count.id, '1.891')).correctedValue).toBe(1891);
    expect((await corrected(percent.id, '42,13')).correctedValue).toBe(42.13);
    expect((await corrected(count.id, '1.891,5')).correctedValue).toBe(1891.5);
    // English: "," groups thousands, "." is the decimal mark.
    expect((await corrected(count.id, '1,891', '--lang', 'en')).correctedValue).toBe(1891);
    expect((await corrected(percent.id, '42.13', '--lang', 'en')).correctedValue).toBe(42.13);
    expect((await corrected(count.id, '1.891', '--lang', 'en')).correctedValue).toBe(1.891);
    expect((await corrected(count.id, '1,891', '--lang', 'vi')).correctedValue).toBe(1.891);

    const bad = await cli(['review', count.id, '--status', 'corrected', '--value', '1,8,9', '--workspace', ws, '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(oneErrorLine(bad)).toMatch(/--value: "1,8,9" is not a number \(English: 1,891 is one thousand/);
    const viBad = await cli(['review', count.id, '--status', 'corrected', '--value', 'abc', '--workspace', ws]);
    expect(viBad.code).toBe(2);
    expect(oneErrorLine(viBad)).toMatch(/--value: "abc" không phải số \(tiếng Việt: 1\.891/);

    const notCorrected = await cli(['review', count.id, '--status', 'verified', '--value', '3', '--workspace', ws, '--lang', 'en']);
    expect(notCorrected.code).toBe(2);
    expect(oneErrorLine(notCorrected)).toMatch(/--value and --text record a correction/);
  });

  it('refuses a correction with no right value or wording as wrong use, naming the options; keeps one given before', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const count = claimByQuote(claims, '1.891');
    for (const extra of [[], ['--text', '']]) {
      const run = await cli(['review', count.id, '--status', 'corrected', ...extra, '--workspace', ws]);
      expect(run.code).toBe(2);
      expect(oneErrorLine(run)).toBe('crosscheck: --status corrected cần giá trị hoặc nội dung đúng: thêm --value V hoặc --text T');
    }
    expect(claimByQuote(await listClaims(ws), '1.891').status).toBe('unreviewed');
    await review(ws, count.id, '--status', 'corrected', '--value', '1.900');
    await review(ws, count.id, '--status', 'flagged');
    // Flagged in between: the correction is gone with the status, so a new one needs its value again.
    expect((await cli(['review', count.id, '--status', 'corrected', '--workspace', ws, '--lang', 'en'])).code).toBe(2);
    await review(ws, count.id, '--status', 'corrected', '--value', '1.900');
    // A note on a correction keeps its value.
    expect(await review(ws, count.id, '--status', 'corrected', '--note', 'Theo báo cáo quý')).toMatchObject({ status: 'corrected', correctedValue: 1900, note: 'Theo báo cáo quý' });
  });

  it('refuses a review with nothing to record', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const run = await cli(['review', claims[0]?.id ?? '', '--workspace', ws, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toMatch(/nothing to record/);
  });
});
