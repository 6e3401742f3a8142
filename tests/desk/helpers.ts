import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { localIdentity, PostgresWorkspaceStore, type PostgresStoreOptions } from '../../electron/store/postgres/pgStore';

/** A new empty database on the run's throwaway cluster; returns its URL (with the test password). */
export async function freshDatabase(prefix = 'desk'): Promise<string> {
  const adminUrl = inject('deskAdminUrl');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function openDesk(url: string, name: string, options: Partial<PostgresStoreOptions> = {}): Promise<PostgresWorkspaceStore> {
  return PostgresWorkspaceStore.open({ url, identity: { ...localIdentity(name), osUser: name.toLowerCase() }, ...options });
}

import type { Article, Claim, Review } from '../../shared/schema';

export function makeArticle(n: number): Article {
  const text = `Bài ${n}: Năm 2023, tỉnh có 1.250 doanh nghiệp mới, tăng 12% so với năm trước.`;
  return {
    id: `a_${n.toString(16).padStart(28, '0')}`,
    source: `/tin/bai-${n}.txt`,
    text,
    title: `Bài số ${n}`,
    outlet: 'Báo Thử',
    author: null,
    publishedAt: '2024-01-15',
    importedAt: '2024-02-01T08:00:00.000Z',
    url: null,
  };
}

export function makeClaim(articleId: string, n: number): Claim {
  return {
    id: `c_${articleId.slice(-14)}${n.toString(16).padStart(14, "0")}`,
    articleId,
    start: 10 + n,
    end: 15 + n,
    quote: '1.250',
    sentenceStart: 0,
    sentenceEnd: 60,
    kind: 'count',
    value: 1250 + n,
    total: null,
    upper: null,
    unit: 'doanh nghiệp',
    qualifier: null,
    subject: 'tỉnh',
    metric: 'doanh nghiệp mới',
    period: '2023',
    modality: 'fact',
    years: null,
    checkworthiness: 0.8,
    prefix: 'Năm 2023, tỉnh có ',
    suffix: ' doanh nghiệp mới',
    origin: 'extracted',
  };
}

export function makeReview(claimId: string, status: Review['status'], reviewer: string, note: string | null = null): Review {
  return {
    claimId,
    status,
    correctedValue: null,
    correctedText: null,
    note,
    evidence: [],
    reviewer,
    updatedAt: new Date().toISOString(),
    verdict: null,
    flagReason: null,
  };
}

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
