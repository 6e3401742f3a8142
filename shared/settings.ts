import type { Newsroom, Settings, Verdict } from './schema';

/**
 * The default Vietnamese verdict scale. Ratings run 1 (false) to 4 (true) so ClaimReview can give
 * bestRating/worstRating; "cannot be verified" is not a point on that line, so it has no rating and
 * is published with its label only.
 */
export function defaultVerdictScale(): Verdict[] {
  return [
    { id: 'true', label_vi: 'Đúng', label_en: 'True', rating: 4 },
    { id: 'mostly_true', label_vi: 'Gần đúng', label_en: 'Mostly true', rating: 3 },
    { id: 'inaccurate', label_vi: 'Chưa chính xác', label_en: 'Inaccurate', rating: 2 },
    { id: 'false', label_vi: 'Sai', label_en: 'False', rating: 1 },
    { id: 'unverifiable', label_vi: 'Không thể kiểm chứng', label_en: 'Cannot be verified', rating: null },
  ];
}

/** Empty until the newsroom fills it in; ClaimReview export reports it as missing meanwhile. */
export function defaultNewsroom(): Newsroom {
  return { name: '', url: '' };
}

/** Empty on purpose: publishing under a placeholder domain would be worse than refusing. */
export function defaultClaimReviewUrlPattern(): string {
  return '';
}

export function defaultSettings(): Settings {
  return {
    reviewerName: '',
    language: 'vi',
    theme: 'light',
    verdicts: defaultVerdictScale(),
    newsroom: defaultNewsroom(),
    claimReviewUrlPattern: defaultClaimReviewUrlPattern(),
  };
}

// Settings written before these fields existed lack them: every reader goes through these.
export function verdictScaleOf(settings: Settings): Verdict[] {
  return settings.verdicts ?? defaultVerdictScale();
}

export function newsroomOf(settings: Settings): Newsroom {
  return settings.newsroom ?? defaultNewsroom();
}

export function claimReviewUrlPatternOf(settings: Settings): string {
  return settings.claimReviewUrlPattern ?? defaultClaimReviewUrlPattern();
}

/** The verdict a review points at, or null when it has none or the id is unknown to this scale. */
export function findVerdict(settings: Settings, verdictId: string | null | undefined): Verdict | null {
  if (verdictId === null || verdictId === undefined) return null;
  return verdictScaleOf(settings).find((v) => v.id === verdictId) ?? null;
}

export function verdictLabel(verdict: Verdict, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? verdict.label_vi : verdict.label_en;
}
