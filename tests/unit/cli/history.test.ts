import { describe, expect, it } from 'vitest';
import { cli } from './helpers';
import { claimByQuote, folderContents, oneErrorLine, workspaceWithArticle } from './fixture';
import { cliSchemas, schemaId } from './schemaValidator';

interface HistoryOutput {
  format: string;
  actions: Array<{ when: string; who: string; action: string; direction: string | null; targets: Array<{ id: string; label: string | null; lines: Array<{ field: string; before: string; after: string }> }> }>;
  editors: string[];
  truncated: boolean;
}

const parse = (stdout: string): HistoryOutput => JSON.parse(stdout) as HistoryOutput;

// `history`: the audit trail as the desk's History tab shows it, from the command line, read-only.
describe('CLI history', { timeout: 180_000 }, () => {
  it("prints a claim's actions newest first in the desk's words, in the run's language, and matches its schema", async () => {
    const { ws, claims } = await workspaceWithArticle();
    const claim = claimByQuote(claims, '42,13%');
    expect((await cli(['review', claim.id, '--status', 'verified', '--workspace', ws, '--silent'])).code).toBe(0);
    expect((await cli(['review', claim.id, '--status', 'corrected', '--value', '42,1', '--note', 'theo Cục Thống kê', '--workspace', ws, '--silent'])).code).toBe(0);

    const vi = await cli(['history', '--workspace', ws, '--claim', claim.id]);
    expect(vi.code, vi.stderr).toBe(0);
    expect(vi.stderr.trim()).toBe('2 thao tác');
    const out = parse(vi.stdout);
    expect(out.format).toBe('crosscheck.history');
    expect(out.actions.map((a) => a.action)).toEqual(['Sửa', 'Xác minh']);
    expect(out.actions[0]?.targets).toEqual([
      {
        id: claim.id,
        label: '42,13%',
        lines: [
          { field: 'Trạng thái', before: 'Đã xác minh', after: 'Đã sửa' },
          { field: 'Giá trị đúng', before: '—', after: '42,1' },
          { field: 'Ghi chú', before: '—', after: 'theo Cục Thống kê' },
        ],
      },
    ]);
    expect(out.truncated).toBe(false);

    const en = await cli(['history', '--workspace', ws, '--claim', claim.id, '--lang', 'en']);
    expect(en.stderr.trim()).toBe('2 actions');
    expect(parse(en.stdout).actions.map((a) => a.action)).toEqual(['Correct', 'Verify']);
    expect(parse(en.stdout).actions[0]?.targets[0]?.lines[0]).toEqual({ field: 'Status', before: 'Verified', after: 'Corrected' });

    const validate = cliSchemas().getSchema(schemaId('cli-history.v1.schema.json'));
    expect(validate?.(out), JSON.stringify(validate?.errors)).toBe(true);
    // Not vacuous: an action without its words, or an unknown direction, is refused.
    const { action: _a, ...noAction } = out.actions[0] as HistoryOutput['actions'][number];
    expect(validate?.({ ...out, actions: [noAction] })).toBe(false);
    expect(validate?.({ ...out, actions: [{ ...out.actions[0], direction: 'sideways' }] })).toBe(false);
  });

  it('filters by reviewer and keeps the newest --limit events, saying there are more; it changes no byte', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const [first, second] = claims;
    expect((await cli(['review', first!.id, '--status', 'verified', '--workspace', ws, '--silent'], { env: { CROSSCHECK_REVIEWER: 'Lan' } })).code).toBe(0);
    expect((await cli(['review', second!.id, '--status', 'flagged', '--flag-reason', 'typo', '--workspace', ws, '--silent'], { env: { CROSSCHECK_REVIEWER: 'Minh' } })).code).toBe(0);
    const before = await folderContents(ws);

    const minh = parse((await cli(['history', '--workspace', ws, '--who', 'Minh', '--silent'])).stdout);
    expect(minh.actions.length).toBeGreaterThan(0);
    expect(new Set(minh.actions.map((a) => a.who))).toEqual(new Set(['Minh']));
    expect(minh.actions.some((a) => a.action === 'Gắn cờ' && a.targets[0]?.id === second!.id)).toBe(true);
    expect(minh.actions.some((a) => a.targets.some((t) => t.id === first!.id))).toBe(false);
    expect(minh.editors).toEqual(expect.arrayContaining(['Lan', 'Minh']));

    const all = parse((await cli(['history', '--workspace', ws, '--silent'])).stdout);
    const limited = await cli(['history', '--workspace', ws, '--limit', '1']);
    expect(limited.code).toBe(0);
    expect(parse(limited.stdout).actions).toEqual(all.actions.slice(0, 1));
    expect(parse(limited.stdout).truncated).toBe(true);
    expect(limited.stderr.trim()).toBe('1 thao tác (mới nhất; còn thêm, xem --limit)');
    expect(await folderContents(ws)).toEqual(before);
  });

  it("filters by the days of the machine's time zone, as the desk does (an action just after midnight in Hà Nội is the day before in UTC)", async () => {
    const { ws, claims } = await workspaceWithArticle();
    expect((await cli(['review', claims[0]!.id, '--status', 'verified', '--workspace', ws, '--silent'])).code).toBe(0);
    const [action] = parse((await cli(['history', '--workspace', ws, '--claim', claims[0]!.id, '--silent'])).stdout).actions;
    const when = new Date(action!.when);
    const day = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
    // A zone whose day differs from the UTC day at this instant (one of the two always does).
    const zone = day('Pacific/Kiritimati') !== day('UTC') ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
    expect(day(zone)).not.toBe(day('UTC'));
    const inZone = async (d: string) =>
      parse((await cli(['history', '--workspace', ws, '--claim', claims[0]!.id, '--from', d, '--to', d, '--silent'], { process: true, env: { TZ: zone } })).stdout).actions.length;
    expect(await inZone(day(zone))).toBe(1);
    expect(await inZone(day('UTC'))).toBe(0);
  });

  it('refuses a value that is not an id, a day or a count as wrong use (exit 2), in one line', async () => {
    const { ws } = await workspaceWithArticle();
    const cases: Array<[string[], RegExp]> = [
      [['--claim', 'nope'], /--claim: "nope" không phải mã bản ghi/],
      [['--from', '2024-02-30'], /--from: không có ngày 2024-02-30/],
      [['--to', '5/3/2024'], /ngày phải có dạng yyyy-mm-dd/],
      [['--from', '2024-03-09', '--to', '2024-03-08'], /--to 2024-03-08 trước --from 2024-03-09: hãy đổi lại hai ngày/],
      [['--limit', '0'], /--limit phải là số nguyên từ 1 đến 10000/],
      [['--limit', '20000'], /--limit phải là số nguyên/],
      [['--status', 'verified'], /history không có tùy chọn --status/],
    ];
    for (const [extra, message] of cases) {
      const run = await cli(['history', '--workspace', ws, ...extra]);
      expect(run.code, extra.join(' ')).toBe(2);
      expect(oneErrorLine(run)).toMatch(message);
      expect(run.stdout).toBe('');
    }
  });
});
