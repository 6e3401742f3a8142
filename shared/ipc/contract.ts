import { z } from 'zod';
import type { Result } from '../result';
import { Article, Claim, Review, ReviewStatus, Settings } from '../schema';
import type { MethodName } from './methods';

const Empty = z.object({}).strict();
const Id = z.string().min(1).max(200);

export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  source: z.string(),
  claimCount: z.number().int(),
  reviewedCount: z.number().int(),
  flaggedCount: z.number().int(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const WorkspaceNotice = z.object({
  kind: z.literal('recovered'),
  /** Where the unreadable workspace file was moved. */
  movedTo: z.string(),
});

export const ImportReport = z.object({
  imported: z.array(z.object({ articleId: z.string(), source: z.string(), claimCount: z.number().int() })),
  duplicates: z.array(z.object({ source: z.string(), articleId: z.string() })),
  refused: z.array(z.object({ source: z.string(), reason: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ReviewInput = z
  .object({
    claimId: Id,
    status: ReviewStatus,
    correctedValue: z.number().finite().nullable().optional(),
    correctedText: z.string().max(2000).nullable().optional(),
    note: z.string().max(10_000).nullable().optional(),
  })
  .strict();
export type ReviewInput = z.infer<typeof ReviewInput>;

/** Every method the renderer may call: a zod schema for what goes in and for what comes out. */
export const contract = {
  getWorkspaceInfo: {
    input: Empty,
    output: z.object({
      path: z.string(),
      articleCount: z.number().int(),
      claimCount: z.number().int(),
      notice: WorkspaceNotice.nullable(),
      settings: Settings,
    }),
  },
  listArticles: { input: Empty, output: z.array(ArticleSummary) },
  getArticle: {
    input: z.object({ articleId: Id }).strict(),
    output: z.object({ article: Article, claims: z.array(Claim), reviews: z.array(Review) }),
  },
  reviewClaim: { input: ReviewInput, output: Review },
  importSamples: { input: Empty, output: ImportReport },
  updateSettings: {
    input: z
      .object({
        language: z.enum(['vi', 'en']).optional(),
        theme: z.enum(['light', 'dark']).optional(),
        reviewerName: z.string().trim().min(1).max(120).optional(),
      })
      .strict(),
    output: Settings,
  },
  openExternal: {
    input: z.object({ url: z.string().url().max(4000).regex(/^https?:\/\//i) }).strict(),
    output: z.null(),
  },
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

// Compile-time guard: the contract has no method the names list lacks.
type Extra = Exclude<keyof typeof contract, MethodName>;
const _noExtraMethods: Extra extends never ? true : never = true;
void _noExtraMethods;

export type Contract = typeof contract;
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = z.output<Contract[K]['output']>;

/** The shape of `window.api`, derived from the contract. */
export type Api = { [K in MethodName]: (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>> };
