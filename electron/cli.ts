// Crosscheck on the command line: the same services the app uses, headless.
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocument } from '../shared/document';
import { reviewStatuses, type ExtractOutput, type ReviewStatus } from '../shared/schema';
import { AppError } from './services/errors';
import { expandInputs, isSupportedTextFile, readUtf8File } from './services/files';
import { WorkspaceService } from './services/workspaceService';
import { LowdbWorkspaceRepository } from './store/lowdbRepository';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  extract <file|dir>...                 print the articles and their claims as JSON
  import <file|dir>... --workspace F    add articles to a workspace (created if missing)
  list --workspace F                    print the workspace's articles, claims and statuses as JSON
  review <claimId> --status S --workspace F [--value V] [--text T] [--note N]
                                        record a review; S is verified|corrected|flagged|rejected|unreviewed

Options:
  --workspace F   workspace file (default: $CROSSCHECK_WORKSPACE)
  --silent        print only the result
  --help          show this help`;

class UsageError extends Error {}

interface Io {
  out: (text: string) => void;
  info: (text: string) => void;
}

function parseNumberArg(raw: string): number {
  // Accept both "42,13" (Vietnamese) and "42.13".
  const cleaned = raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : raw;
  const value = Number(cleaned);
  if (!Number.isFinite(value) || cleaned.trim() === '') throw new UsageError(`--value must be a number, got "${raw}"`);
  return value;
}

async function openWorkspace(path: string | undefined, mustExist: boolean): Promise<WorkspaceService> {
  const location = path ?? process.env.CROSSCHECK_WORKSPACE;
  if (!location) throw new UsageError('--workspace <file> is required (or set CROSSCHECK_WORKSPACE)');
  if (mustExist) {
    try {
      await access(location);
    } catch {
      throw new UsageError(`workspace not found: ${location}`);
    }
  }
  const service = await WorkspaceService.open({
    repository: new LowdbWorkspaceRepository(location),
    seedsDir: null,
    defaultReviewer: process.env.USER ?? 'editor',
  });
  const notice = service.info().notice;
  if (notice) throw new UsageError(`workspace file could not be read; it was moved to ${notice.movedTo}`);
  return service;
}

async function extract(paths: string[], io: Io): Promise<void> {
  if (paths.length === 0) throw new UsageError('extract needs at least one file or folder');
  const files = (await expandInputs(paths)).filter(isSupportedTextFile);
  if (files.length === 0) throw new UsageError(`no .txt or .md files in ${paths.join(', ')}`);
  const output: ExtractOutput = { articles: [] };
  for (const file of files) {
    const { article, claims } = buildDocument(await readUtf8File(file), file, new Date().toISOString());
    const { importedAt: _importedAt, ...rest } = article;
    output.articles.push({ ...rest, claims });
    io.info(`${basename(file)}: ${claims.length} claims`);
  }
  io.out(JSON.stringify(output, null, 2));
}

export async function runCli(argv: string[], io: Io): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workspace: { type: 'string' },
      status: { type: 'string' },
      value: { type: 'string' },
      text: { type: 'string' },
      note: { type: 'string' },
      silent: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const info = values.silent ? () => undefined : io.info;
  const ctx: Io = { out: io.out, info };
  const [command, ...args] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return;
  }
  switch (command) {
    case 'extract':
      return extract(args, ctx);
    case 'import': {
      if (args.length === 0) throw new UsageError('import needs at least one file or folder');
      const service = await openWorkspace(values.workspace, false);
      const report = await service.importPaths(args);
      info(`imported ${report.imported.length}, duplicates ${report.duplicates.length}, refused ${report.refused.length}`);
      for (const r of report.refused) info(`refused ${r.source}: ${r.reason}`);
      ctx.out(JSON.stringify(report, null, 2));
      return;
    }
    case 'list': {
      const service = await openWorkspace(values.workspace, true);
      const articles = service.listArticles().map((summary) => ({
        ...summary,
        claims: service.getArticle(summary.id).claims.map((c) => ({
          id: c.id,
          quote: c.quote,
          kind: c.kind,
          value: c.value,
          status: service.workspace.reviews[c.id]?.status ?? 'unreviewed',
        })),
      }));
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
      const service = await openWorkspace(values.workspace, true);
      const review = await service.reviewClaim({
        claimId,
        status: status as ReviewStatus,
        correctedValue: values.value !== undefined ? parseNumberArg(values.value) : null,
        correctedText: values.text ?? null,
        note: values.note ?? null,
      });
      info(`${claimId}: ${review.status}`);
      ctx.out(JSON.stringify(review, null, 2));
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}" (try --help)`);
  }
}

function describe(e: unknown): string {
  if (e instanceof UsageError) return e.message;
  if (e instanceof AppError) return e.messageIn('en');
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
  }).catch((e: unknown) => {
    process.stderr.write(`crosscheck: ${describe(e)}\n`);
    process.exitCode = e instanceof UsageError || (e instanceof Error && 'code' in e) ? 2 : 1;
  });
}
