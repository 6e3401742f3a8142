// The workspace services over a shared desk: two WorkspaceService instances (two editors, Lan and
// Minh) on one real PostgreSQL database — imports, reviews, conflicts, undo, findings and exports.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDeskService, type DeskService } from '../../electron/services/desk';
import { AppError } from '../../electron/services/errors';
import { verifyAuditChain } from '../../electron/store/auditChain';
import type { DeskChange } from '../../electron/store/postgres/pgStore';
import type { ClaimRow, HistoryQuery } from '../../shared/ipc/contract';
import type { Workspace } from '../../shared/schema';
import { listHistory } from '../../electron/services/historyView';
import { captureConsole, freshDatabase } from './helpers';

const seeds = resolve(__dirname, '../../seeds');
const osUser = (() => {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
})();

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const outcome = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

describe('workspace services on a shared desk (two editors, real server)', () => {
  let url: string;
  let password: string;
  let lan: DeskService;
  let minh: DeskService;
  let claims: ClaimRow[];
  let dir: string;
  const logged: string[] = [];

  beforeAll(async () => {
    // Everything printed while the editors work: the password must never appear in it.
    captureConsole(logged);
    url = await freshDatabase('services');
    password = decodeURIComponent(new URL(url).password);
    expect(password.length).toBeGreaterThan(8);
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-desk-services-'));
    // Both open the new desk at the same moment: one creates it, the other joins.
    [lan, minh] = await Promise.all([openDeskService({ url, reviewerName: 'Lan' }), openDeskService({ url, reviewerName: 'Minh' })]);
  });

  afterAll(async () => {
    await lan?.close();
    await minh?.close();
    vi.restoreAllMocks();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('imports for one editor, shared with the other (articles, claims and findings)', async () => {
    const report = await lan.importPaths([seeds]);
    expect(report.imported).toHaveLength(5);
    // The same files by the other editor: duplicates, nothing imported twice.
    const again = await minh.importPaths([seeds]);
    expect(again.imported).toHaveLength(0);
    expect(again.duplicates).toHaveLength(5);
    claims = await minh.listClaims();
    expect(claims).toHaveLength(120);
    expect((await minh.listArticles()).map((a) => a.id)).toEqual((await lan.listArticles()).map((a) => a.id));
    const findings = await minh.listFindings();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(await lan.listFindings());
    const imports = (await minh.store.auditLog()).filter((e) => e.action === 'article.import');
    expect(imports).toHaveLength(5);
    expect(new Set(imports.map((e) => e.who))).toEqual(new Set([`Lan (${osUser})`]));
  });

  it('concurrent reviews of different claims by two editors: none lost, each by its editor', async () => {
    const mine = claims.slice(0, 30);
    const theirs = claims.slice(30, 60);
    const statuses = ['verified', 'flagged', 'verified', 'rejected'] as const;
    const [lanReviews, minhReviews] = await Promise.all([
      Promise.all(mine.map((c, i) => lan.reviewClaim({ claimId: c.id, status: statuses[i % 4]!, note: `Lan ${i}` }))),
      Promise.all(theirs.map((c, i) => minh.reviewClaim({ claimId: c.id, status: statuses[(i + 1) % 4]!, note: `Minh ${i}` }))),
    ]);
    expect(lanReviews).toHaveLength(30);
    expect(minhReviews).toHaveLength(30);
    // Read back through the OTHER editor's service.
    const seenByMinh = new Map((await minh.listClaims()).map((r) => [r.id, r]));
    mine.forEach((c, i) => expect(seenByMinh.get(c.id)?.status).toBe(statuses[i % 4]));
    const seenByLan = new Map((await lan.listClaims()).map((r) => [r.id, r]));
    theirs.forEach((c, i) => expect(seenByLan.get(c.id)?.status).toBe(statuses[(i + 1) % 4]));
    const reviews = new Map((await lan.store.reviews([...mine, ...theirs].map((c) => c.id))).map((r) => [r.claimId, r]));
    for (const c of mine) expect(reviews.get(c.id)?.reviewer).toBe(`Lan (${osUser})`);
    for (const c of theirs) expect(reviews.get(c.id)?.reviewer).toBe(`Minh (${osUser})`);
    // The audit trail is one chain, every action in it with its editor.
    const log = await lan.store.auditLog();
    expect(verifyAuditChain(log)).toBe(-1);
    for (const c of mine) expect(log.some((e) => e.target === c.id && e.who === `Lan (${osUser})`)).toBe(true);
    for (const c of theirs) expect(log.some((e) => e.target === c.id && e.who === `Minh (${osUser})`)).toBe(true);
  });

  it('two editors × 500 actions at once through their services: every acknowledged action is stored and in the one verified chain', async () => {
    // Each editor works on ten claims of their own, ten at a time; one claim's actions go one after another.
    const lanes = (editor: typeof lan, own: typeof claims, name: string) =>
      Promise.all(
        own.map(async (c, k) => {
          const done: { claimId: string; status: string }[] = [];
          for (let i = 0; i < 50; i++) {
            const status = (['verified', 'flagged', 'rejected', 'verified'] as const)[(i + k) % 4]!;
            await editor.reviewClaim({ claimId: c.id, status, note: `${name} ${k}.${i}` });
            done.push({ claimId: c.id, status });
          }
          return done;
        }),
      );
    const mine = claims.slice(100, 110);
    const theirs = claims.slice(110, 120);
    const started = performance.now();
    const [lanDone, minhDone] = await Promise.all([lanes(lan, mine, 'Lan'), lanes(minh, theirs, 'Minh')]);
    const seconds = (performance.now() - started) / 1000;
    console.log(`[desk] 2 editors × 500 actions through WorkspaceService: ${(1000 / seconds).toFixed(0)} actions/s (${seconds.toFixed(1)} s)`);
    expect(lanDone.flat()).toHaveLength(500);
    expect(minhDone.flat()).toHaveLength(500);
    // What each claim shows is its editor's last acknowledged action, read through the other editor.
    const seenByMinh = new Map((await minh.listClaims()).map((r) => [r.id, r]));
    for (const lane of lanDone) expect(seenByMinh.get(lane[49]!.claimId)?.status).toBe(lane[49]!.status);
    const seenByLan = new Map((await lan.listClaims()).map((r) => [r.id, r]));
    for (const lane of minhDone) expect(seenByLan.get(lane[49]!.claimId)?.status).toBe(lane[49]!.status);
    // One chain, verified, with every acknowledged action in it by its editor.
    const log = await lan.store.auditLog();
    expect(verifyAuditChain(log)).toBe(-1);
    const count = (who: string, ids: Set<string>) => log.filter((e) => e.who === who && ids.has(e.target)).length;
    expect(count(`Lan (${osUser})`, new Set(mine.map((c) => c.id)))).toBe(500);
    expect(count(`Minh (${osUser})`, new Set(theirs.map((c) => c.id)))).toBe(500);
  });

  it('the same claim: the second editor gets a conflict naming the first one\'s decision, then chooses', async () => {
    const claim = claims[70]!;
    // Minh opens the claim: unreviewed.
    const seen = (await minh.store.reviews([claim.id]))[0]?.updatedAt ?? null;
    expect(seen).toBeNull();
    const lanReview = await lan.reviewClaim({ claimId: claim.id, status: 'verified', note: 'Khớp số liệu Tổng cục Thống kê' });
    const error = await refusal(minh.reviewClaim({ claimId: claim.id, status: 'flagged', note: 'Nghi sai', seen }));
    expect(error.code).toBe('conflict');
    expect(error.messageIn('vi')).toContain(`Lan (${osUser})`);
    expect(error.messageIn('vi')).toContain('Đã xác minh');
    expect(error.messageIn('vi')).toContain('Khớp số liệu Tổng cục Thống kê');
    expect(error.messageIn('en')).toContain('Verified');
    expect((error.details as { current: { status: string } }).current.status).toBe('verified');
    // Nothing of Minh's was saved.
    expect((await lan.store.reviews([claim.id]))[0]).toEqual(lanReview);
    // Minh saw Lan's decision and chooses to flag it anyway: acting on top of it is accepted.
    const flagged = await minh.reviewClaim({ claimId: claim.id, status: 'flagged', note: 'Nghi sai', seen: lanReview.updatedAt });
    expect(flagged.reviewer).toBe(`Minh (${osUser})`);
    expect((await lan.store.reviews([claim.id]))[0]?.status).toBe('flagged');
  });

  it('the same claim at the same instant: one wins, the other is refused, never silently overwritten', async () => {
    const claim = claims[71]!;
    const outcomes = await Promise.allSettled([
      lan.reviewClaim({ claimId: claim.id, status: 'verified', seen: null }),
      minh.reviewClaim({ claimId: claim.id, status: 'rejected', seen: null }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0]!.reason as AppError).code).toBe('conflict');
    const stored = (await minh.store.reviews([claim.id]))[0]!;
    expect(stored).toEqual((won[0] as PromiseFulfilledResult<unknown>).value);
  });

  it('undo applies to the editor\'s own actions and refuses when another editor changed the claim since', async () => {
    const claim = claims[80]!;
    const other = claims[81]!;
    const lanReview = await lan.reviewClaim({ claimId: claim.id, status: 'verified' });
    await minh.reviewClaim({ claimId: other.id, status: 'verified' });
    await minh.reviewClaim({ claimId: claim.id, status: 'flagged', note: 'Số năm 2022 khác', seen: lanReview.updatedAt });
    // Minh's undo takes back Minh's newest action only.
    const undone = await minh.undo();
    expect(undone.claimIds).toEqual([claim.id]);
    expect((await lan.store.reviews([claim.id]))[0]).toEqual(lanReview);
    // Minh redoes it: now Lan's undo of her verification would overwrite Minh's flag — refused.
    await minh.redo();
    const error = await refusal(lan.undo());
    expect(error.code).toBe('conflict');
    expect(error.messageIn('vi')).toContain(`Minh (${osUser})`);
    expect(error.messageIn('vi')).toMatch(/Không thể hoàn tác/);
    expect(error.messageIn('en')).toMatch(/Cannot undo/);
    expect(error.messageIn('en')).toContain('Flagged');
    const kept = (await minh.store.reviews([claim.id]))[0]!;
    expect(kept.status).toBe('flagged');
    expect(kept.reviewer).toBe(`Minh (${osUser})`);
    // Minh's other review stays as it was: Lan's undo touched nothing.
    expect((await lan.store.reviews([other.id]))[0]?.status).toBe('verified');
    // Once Minh takes his flag back, Lan's own undo goes through again.
    await minh.undo();
    await lan.undo();
    expect((await minh.store.reviews([claim.id]))[0] ?? null).toBeNull();
  });

  it("redo refuses when another editor changed the claim since the undo, naming them (vi and en); theirs is kept", async () => {
    const claim = claims[84]!;
    await lan.reviewClaim({ claimId: claim.id, status: 'verified' });
    await lan.undo();
    expect((await minh.store.reviews([claim.id]))[0] ?? null).toBeNull();
    // Minh corrects the claim Lan's redo would verify again.
    await minh.reviewClaim({ claimId: claim.id, status: 'corrected', correctedValue: 77 });
    const error = await refusal(lan.redo());
    expect(error.code).toBe('conflict');
    expect(error.messageIn('vi')).toMatch(/^Không thể làm lại: /);
    expect(error.messageIn('vi')).toContain(`Minh (${osUser})`);
    expect(error.messageIn('en')).toMatch(/^Cannot redo: /);
    expect(error.messageIn('en')).toContain(`Minh (${osUser})`);
    expect(error.messageIn('en')).toContain('Corrected');
    const kept = (await lan.store.reviews([claim.id]))[0]!;
    expect(kept.status).toBe('corrected');
    expect(kept.correctedValue).toBe(77);
    // The redo stays on Lan's stack: once Minh takes his correction back, it goes through.
    expect((await lan.store.undoDepth()).redo).toBeGreaterThan(0);
    await minh.undo();
    await lan.redo();
    const redone = (await minh.store.reviews([claim.id]))[0]!;
    expect(redone.status).toBe('verified');
    expect(redone.reviewer).toBe(`Lan (${osUser})`);
  });

  it('findings are shared: a decision by one and a re-analysis after the other\'s change reach both', async () => {
    const findings = await lan.listFindings();
    const update = findings.find((f) => f.type === 'update' && f.claimIds.length === 2);
    expect(update).toBeDefined();
    // Minh dismisses a finding; Lan sees the decision, by Minh.
    const another = findings.find((f) => f.id !== update!.id)!;
    await minh.decideFinding({ findingId: another.id, decision: 'dismiss', note: 'Hai con số khác kỳ' });
    const seenByLan = (await lan.getFinding(another.id)).finding;
    expect(seenByLan.status).toBe('dismissed');
    expect(seenByLan.decision?.by).toBe(`Minh (${osUser})`);
    // Lan rejects one claim of the update finding: her service re-analyses, Minh reads the new findings.
    const live: DeskChange[] = [];
    const stop = minh.store.onChange((c) => live.push(c));
    await lan.reviewClaim({ claimId: update!.claimIds[0]!, status: 'rejected', note: 'Không phải số liệu' });
    const after = await minh.listFindings();
    expect(after.some((f) => f.id === update!.id)).toBe(false);
    expect(after).toEqual(await lan.listFindings());
    // …and Minh's desk heard about it, live, without reloading.
    await vi.waitFor(() => expect(live.some((c) => c.action === 'analysis.run' || c.changes.some((x) => x.table === 'findings'))).toBe(true), {
      timeout: 5_000,
    });
    stop();
  });

  it('concurrent rejections by both editors: both re-analyses land, findings match what is stored', async () => {
    const targets = [claims[90]!, claims[91]!, claims[92]!, claims[93]!];
    await Promise.all([
      lan.reviewClaim({ claimId: targets[0]!.id, status: 'rejected' }),
      minh.reviewClaim({ claimId: targets[1]!.id, status: 'corrected', correctedValue: 42 }),
      lan.reviewClaim({ claimId: targets[2]!.id, status: 'rejected' }),
      minh.reviewClaim({ claimId: targets[3]!.id, status: 'rejected' }),
    ]);
    // One more analysis from what is stored finds nothing to change: the shared findings are current.
    const stored = await lan.listFindings();
    await minh.analyze();
    expect(await lan.listFindings()).toEqual(stored);
  });

  it('exports the same for either editor', async () => {
    for (const format of ['csv', 'json'] as const) {
      const a = join(dir, `lan.${format}`);
      const b = join(dir, `minh.${format}`);
      const sa = await lan.exportTo(a, { format, scope: {} });
      const sb = await minh.exportTo(b, { format, scope: {} });
      expect(sa.count).toBeGreaterThan(30);
      expect(sb.count).toBe(sa.count);
      const ta = await readFile(a, 'utf8');
      const tb = await readFile(b, 'utf8');
      if (format === 'csv') expect(tb).toEqual(ta);
      else {
        // The same workspace; Minh's copy also holds the audit event of Lan's export before it.
        const ja = JSON.parse(ta) as Record<string, unknown> & { auditLog: unknown[] };
        const jb = JSON.parse(tb) as typeof ja;
        const rest = (j: typeof ja) => ({ ...j, exportedAt: null, auditLog: null });
        expect(rest(jb)).toEqual(rest(ja));
        expect(ja.auditLog.length).toBeGreaterThan(60);
        expect(jb.auditLog.slice(0, ja.auditLog.length)).toEqual(ja.auditLog);
      }
      expect(ta).toContain(`Minh (${osUser})`);
      expect(ta).toContain(`Lan (${osUser})`);
    }
    const exports = (await lan.store.auditLog()).filter((e) => e.action === 'workspace.export');
    expect(exports.map((e) => e.who)).toEqual(expect.arrayContaining([`Lan (${osUser})`, `Minh (${osUser})`]));
  });

  it("an article's or a claim's history page is read from what it names (no whole-trail read), the same page a snapshot gives", async () => {
    // A claim added and undone (its events stay in the article's history), and one added for good.
    const article = (await lan.listArticles())[1]!;
    const gone = await lan.addClaim({ articleId: article.id, start: 0, end: 5 });
    await lan.undo();
    await minh.addClaim({ articleId: article.id, start: 6, end: 12 });
    // What the snapshot path reads (the whole workspace), for the page it gives.
    const store = lan.store;
    const ws = {
      articles: await store.articles(),
      claims: await store.claims(),
      findings: (await store.findings()).items,
      auditLog: await store.auditLog(),
      detached: await store.detached(),
    } as unknown as Workspace;
    const claimsById = new Map(ws.claims.map((c) => [c.id, c]));
    const decided = ws.findings.filter((f) => f.status !== 'open');
    expect(decided.length).toBeGreaterThan(0);
    const queries: HistoryQuery[] = [
      ...ws.articles.map((a) => ({ articleId: a.id })),
      { articleId: article.id, who: `Minh (${osUser})` },
      { articleId: article.id, limit: 2 },
      { articleId: ws.claims.find((c) => c.id === decided[0]!.claimIds[0])!.articleId },
      { claimId: gone.id },
      ...ws.claims.slice(78, 96).map((c) => ({ claimId: c.id })),
      { claimId: claims[84]!.id, from: '2000-01-01', to: '2999-12-31' },
    ];
    const wholeTrail = vi.spyOn(lan.store, 'auditLog');
    for (const q of queries) {
      const page = await lan.listHistory(q);
      expect(page, JSON.stringify(q)).toEqual(listHistory(ws, claimsById, q));
    }
    expect(wholeTrail).not.toHaveBeenCalled();
    wholeTrail.mockRestore();
    const someEvents = await lan.listHistory({ articleId: article.id });
    expect(someEvents.events.some((e) => e.target === gone.id && e.action === 'undo.claim.add')).toBe(true);
    expect(someEvents.editors).toEqual(expect.arrayContaining([`Lan (${osUser})`, `Minh (${osUser})`]));
  });

  it('never writes the password: not in records, audit, exports, info or anything logged', async () => {
    const everything = JSON.stringify([
      await lan.store.snapshot(),
      await minh.store.auditLog(),
      await lan.info(),
      await minh.info(),
      await lan.store.presence(),
    ]);
    expect(everything.length).toBeGreaterThan(10_000);
    expect(everything).not.toContain(password);
    expect((await lan.info()).path).not.toContain(password);
    for (const f of ['lan.csv', 'lan.json', 'minh.csv', 'minh.json']) expect(await readFile(join(dir, f), 'utf8')).not.toContain(password);
    expect(logged.join('\n')).not.toContain(password);
  });
});
