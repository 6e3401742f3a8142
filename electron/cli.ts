// Crosscheck on the command line: the same services the app uses, headless.
import { access, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocument } from '../shared/document';
import { detectFindings } from '../shared/analysis';
import { reviewStatuses, type ExtractOutput, type Finding, type ReviewStatus } from '../shared/schema';
import { listImportableFiles, readArticleFile, refusalMessage } from './import';
import { AppError } from './services/errors';
import { computeFindings } from './services/findings';
import { WorkspaceLockedError, WorkspaceOpenError } from './store/open';
import { exportFormats, type ExportFormat } from './services/exporting';
import { WorkspaceService } from './services/workspaceService';
import { describeNotices, openForWriting, openReadOnly } from './services/open';
import { DATABASE_URL_ENV, openDeskForCommand } from './services/desk';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  extract <file|dir>...                 print the articles and their claims as JSON
  check <file|dir>...                   the same plus contradictions and inconsistencies ("findings")
  check --workspace F                   the findings of a workspace (rejections and corrections applied)
  import <file|dir>... --workspace F    add articles to a workspace (created if missing)
  list --workspace F                    print the workspace's articles, claims and statuses as JSON
  review <claimId> --status S --workspace F [--value V] [--text T] [--note N]
                                        record a review; S is verified|corrected|flagged|rejected|unreviewed
  reextract --workspace F               extract every article again with the current engine (reviews re-attached)
  restore --workspace F [--backup ID]   list the workspace's backups, or restore one (the current state is kept as a backup)
  export --workspace F --format X --out FILE [--status S,S] [--from yyyy-mm-dd] [--to yyyy-mm-dd]
                                        X is csv|json|jsonl|claimreview|findings|findings-html;
                                        default statuses: verified,corrected

Options:
  --workspace F   workspace file (default: $CROSSCHECK_WORKSPACE)
  --database URL  a shared desk on PostgreSQL instead of a workspace file, for import, review, list,
                  check, export (default: $CROSSCHECK_DATABASE_URL; editor: $CROSSCHECK_REVIEWER)
  --lang vi|en    language of messages and export headers (default: the workspace's)
  --silent        print only the result
  --help          show this help`;

class UsageError extends Error {}

/** The shared desk of this command (--database, else $CROSSCHECK_DATABASE_URL unless --workspace names a file). */
let deskUrl: string | undefined;

interface Io {
  out: (text: string) => void;
  info: (text: string) => void;
  /** A problem with one input that did not stop the command; printed even with --silent. */
  warn: (text: string) => void;
}

function parseNumberArg(raw: string): number {
  // Accept both "42,13" (Vietnamese) and "42.13".
  const cleaned = raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : raw;
  const value = Number(cleaned);
  if (!Number.isFinite(value) || cleaned.trim() === '') throw new UsageError(`--value must be a number, got "${raw}"`);
  return value;
}

/**
 * Opens the workspace for a command: writing commands take the writer lock (a second writer is
 * refused with one sentence), read-only ones (`list`, `check --workspace`, `export`) change nothing
 * and work while the app has the workspace open.
 */
async function openWorkspace(path: string | undefined, mode: 'write' | 'read', mustExist = true): Promise<WorkspaceService> {
  if (deskUrl !== undefined) {
    if (path !== undefined) throw new UsageError('give either --workspace or --database, not both');
    return openDeskForCommand(deskUrl, mode);
  }
  const location = path ?? process.env.CROSSCHECK_WORKSPACE;
  if (!location) throw new UsageError('--workspace <file> is required (or set CROSSCHECK_WORKSPACE)');
  if (mustExist) {
    try {
      await access(location);
    } catch {
      throw new UsageError(`workspace not found: ${location}`);
    }
  }
  const service = mode === 'read' ? await openReadOnly(location) : await openForWriting(location, { seedsDir: null, defaultReviewer: process.env.USER ?? 'editor' });
  for (const line of describeNotices(service.notices, 'en')) process.stderr.write(`crosscheck: ${line}\n`);
  return service;
}

async function filesOf(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`No such file or folder: ${path}`);
    }
    files.push(...(info.isDirectory() ? await listImportableFiles(path) : [path]));
  }
  return files;
}

async function extractArticles(paths: string[], io: Io, lang: 'vi' | 'en'): Promise<ExtractOutput> {
  if (paths.length === 0) throw new UsageError('needs at least one file or folder');
  const files = await filesOf(paths);
  if (files.length === 0) throw new UsageError(`no article files (.txt, .md, .html, .docx) in ${paths.join(', ')}`);
  const output: ExtractOutput = { articles: [] };
  let refused = 0;
  for (const file of files) {
    const read = await readArticleFile(file, { lang });
    if (!read.ok) {
      refused++;
      io.warn(`${file}: ${refusalMessage(read.reason, lang, { ...read.details, fileName: basename(file) })}`);
      continue;
    }
    const { article, claims } = buildDocument(read.text, file, new Date().toISOString(), read);
    const { importedAt: _importedAt, ...rest } = article;
    output.articles.push({ ...rest, claims });
    io.info(`${basename(file)}: ${claims.length} claims (${read.encoding})`);
  }
  if (output.articles.length === 0) throw new UsageError(`none of the ${refused} file(s) could be read`);
  return output;
}

function findingsOutput(findings: Finding[]) {
  return findings.map((f) => ({ id: f.id, type: f.type, claims: f.claimIds, explanation: f.explanation, status: f.status, rule: f.rule ?? null }));
}

export async function runCli(argv: string[], io: Io): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workspace: { type: 'string' },
      database: { type: 'string' },
      status: { type: 'string' },
      value: { type: 'string' },
      text: { type: 'string' },
      note: { type: 'string' },
      silent: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean' },
      backup: { type: 'string' },
    },
  });
  deskUrl = values.database;
  if (deskUrl === undefined && values.workspace === undefined && process.env[DATABASE_URL_ENV]) {
    if (process.env.CROSSCHECK_WORKSPACE) throw new UsageError(`both CROSSCHECK_WORKSPACE and ${DATABASE_URL_ENV} are set: give --workspace or --database`);
    deskUrl = process.env[DATABASE_URL_ENV];
  }
  const info = values.silent ? () => undefined : io.info;
  const ctx: Io = { out: io.out, info, warn: io.warn };
  if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en') throw new UsageError('--lang must be vi or en');
  const lang = (values.lang as 'vi' | 'en' | undefined) ?? 'en';
  const [command, ...args] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return;
  }
  switch (command) {
    case 'extract':
      ctx.out(JSON.stringify(await extractArticles(args, ctx, lang), null, 2));
      return;
    case 'check': {
      if (args.length === 0) {
        // The workspace's own articles and claims, as the app analyses them (rejections and corrections applied).
        const service = await openWorkspace(values.workspace, 'read');
        const { after: findings } = await computeFindings(service.ctx);
        info(`${findings.length} findings, ${findings.filter((f) => f.status === 'open' && f.type !== 'consistent').length} open`);
        const articles = [];
        for (const { importedAt: _i, ...a } of await service.store.articles()) articles.push({ ...a, claims: (await service.getArticle(a.id)).claims });
        ctx.out(JSON.stringify({ articles, findings: findingsOutput(findings) }, null, 2));
        await service.close();
        return;
      }
      const output = await extractArticles(args, ctx, lang);
      const findings = detectFindings(
        output.articles.map((a) => ({ ...a, importedAt: '' })),
        output.articles.flatMap((a) => a.claims),
        [],
        { language: lang },
      );
      info(`${findings.length} findings`);
      ctx.out(JSON.stringify({ ...output, findings: findingsOutput(findings) }, null, 2));
      return;
    }
    case 'import': {
      if (args.length === 0) throw new UsageError('import needs at least one file or folder');
      const service = await openWorkspace(values.workspace, 'write', false);
      const report = await service.importPaths(args).finally(() => service.close());
      info(`imported ${report.imported.length}, duplicates ${report.duplicates.length}, refused ${report.refused.length}`);
      for (const r of report.refused) io.warn(`refused ${r.source}: ${r.reason}`);
      for (const i of report.imported) if (i.encoding !== 'UTF-8') info(`${i.source}: read as ${i.encoding}`);
      if (report.merged) info(`merged ${report.merged.source}: ${report.merged.reviews} reviews, ${report.merged.conflicts} conflicts kept for review in the app`);
      ctx.out(JSON.stringify(report, null, 2));
      return;
    }
    case 'list': {
      const service = await openWorkspace(values.workspace, 'read');
      const articles = [];
      for (const summary of await service.listArticles()) {
        const { claims, reviews } = await service.getArticle(summary.id);
        const status = new Map(reviews.map((r) => [r.claimId, r.status]));
        articles.push({ ...summary, claims: claims.map((c) => ({ id: c.id, quote: c.quote, kind: c.kind, value: c.value, status: status.get(c.id) ?? 'unreviewed' })) });
      }
      await service.close();
      ctx.out(JSON.stringify({ articles }, null, 2));
      return;
    }
    case 'review': {
      const [claimId] = args;
      if (!claimId) throw new UsageError('review needs a claim id');
      const status = values.status;
      if (!status || !(reviewStatuses as readonly string[]).includes(status)) {
        throw new UsageError(`--status must be one of ${reviewStatuses.join(', ')}`);
      }
      const service = await openWorkspace(values.workspace, 'write');
      const review = await service
        .reviewClaim({
        claimId,
        status: status as ReviewStatus,
        correctedValue: values.value !== undefined ? parseNumberArg(values.value) : null,
        correctedText: values.text ?? null,
          note: values.note ?? null,
        })
        .finally(() => service.close());
      info(`${claimId}: ${review.status}`);
      ctx.out(JSON.stringify(review, null, 2));
      return;
    }
    case 'reextract': {
      const service = await openWorkspace(values.workspace, 'write');
      const report = await (service.upgraded ? Promise.resolve(service.upgraded) : service.reextract()).finally(() => service.close());
      info(`${report.before} → ${report.after} claims, ${report.reviewsMoved} reviews re-attached, ${report.detached.length} detached`);
      for (const d of report.detached) io.warn(`detached ${d.claimId} («${d.quote}», ${d.status}): its words are no longer in the text`);
      ctx.out(JSON.stringify(report, null, 2));
      return;
    }
    case 'export': {
      const format = values.format;
      if (!format || !(exportFormats as readonly string[]).includes(format)) {
        throw new UsageError(`--format must be one of ${exportFormats.join(', ')}`);
      }
      if (!values.out) throw new UsageError('--out <file> is required');
      const statuses = values.status?.split(',').map((x) => x.trim());
      for (const st of statuses ?? []) {
        if (!(reviewStatuses as readonly string[]).includes(st)) throw new UsageError(`--status must list ${reviewStatuses.join(', ')}`);
      }
      for (const d of [values.from, values.to]) {
        if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new UsageError(`dates must be yyyy-mm-dd, got "${d}"`);
      }
      const service = await openWorkspace(values.workspace, 'read');
      const summary = await service
        .exportTo(resolve(values.out), {
        format: format as ExportFormat,
        scope: {
          ...(statuses ? { statuses: statuses as ReviewStatus[] } : {}),
          ...(values.from ? { from: values.from } : {}),
            ...(values.to ? { to: values.to } : {}),
          },
        })
        .finally(() => service.close());
      for (const p of summary.problems) io.warn(`not exported ${p.claimId}: missing ${[...p.missing, ...p.invalid].join(', ')}`);
      if (!summary.path) throw new UsageError(`nothing written: no claim in scope has complete ClaimReview data`);
      info(`wrote ${summary.count} to ${summary.path} (${summary.bytes} bytes)`);
      ctx.out(JSON.stringify(summary, null, 2));
      return;
    }
    case 'restore': {
      // Without --backup: list the restorable checkpoints. With it: restore one (the current state is backed up first).
      const service = await openWorkspace(values.workspace, 'write');
      try {
        if (!values.backup) {
          const backups = await service.listBackups();
          info(backups.length === 0 ? 'no backups yet (one is kept at each checkpoint)' : `${backups.length} backups, newest first`);
          ctx.out(JSON.stringify({ backups }, null, 2));
          return;
        }
        await service.restoreBackup(values.backup);
        info(`restored backup ${values.backup}`);
        ctx.out(JSON.stringify({ restored: values.backup }, null, 2));
      } finally {
        await service.close();
      }
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}" (try --help)`);
  }
}

function describe(e: unknown): string {
  if (e instanceof UsageError) return e.message;
  if (e instanceof AppError) return e.messageIn('en');
  if (e instanceof WorkspaceLockedError || e instanceof WorkspaceOpenError) return e.messages.en;
  if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) return e.message;
  return e instanceof Error ? e.message : String(e);
}

const isMain = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (isMain) {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text + '\n'),
    info: (text) => process.stderr.write(text + '\n'),
    warn: (text) => process.stderr.write(text + '\n'),
  }).catch((e: unknown) => {
    process.stderr.write(`crosscheck: ${describe(e)}\n`);
    process.exitCode = e instanceof UsageError || (e instanceof Error && 'code' in e) ? 2 : 1;
  });
}
