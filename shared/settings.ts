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

/** One Settings field the editor has to change, named as the form labels it, with what to type. */
export interface SettingsProblem {
  field: 'reviewerName' | 'newsroomName' | 'newsroomUrl' | 'claimReviewUrlPattern' | 'verdicts';
  message: Record<'vi' | 'en', string>;
}

const isWebAddress = (value: string): boolean => /^https?:\/\/[^\s/]+\.[^\s]*$|^https?:\/\/localhost[^\s]*$/i.test(value);

/**
 * What is wrong with a Settings change, field by field, in the editor's words (the form shows each
 * next to its field; the main process refuses the same with the same sentence). Accepts anything:
 * what is not a settings patch has no field problems (the IPC contract refuses it instead).
 */
export function settingsPatchProblems(patch: unknown): SettingsProblem[] {
  if (typeof patch !== 'object' || patch === null) return [];
  const p = patch as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  if (typeof p.reviewerName === 'string' && (p.reviewerName.trim() === '' || p.reviewerName.trim().length > 120)) {
    problems.push({
      field: 'reviewerName',
      message: { vi: 'Tên người duyệt phải có từ 1 đến 120 ký tự.', en: 'Reviewer name must be 1 to 120 characters long.' },
    });
  }
  const newsroom = typeof p.newsroom === 'object' && p.newsroom !== null ? (p.newsroom as Record<string, unknown>) : null;
  if (typeof newsroom?.name === 'string' && newsroom.name.trim().length > 200) {
    problems.push({ field: 'newsroomName', message: { vi: 'Tên tòa soạn dài tối đa 200 ký tự.', en: 'Newsroom name can be at most 200 characters long.' } });
  }
  if (typeof newsroom?.url === 'string' && newsroom.url !== '' && (!isWebAddress(newsroom.url) || newsroom.url.length > 500)) {
    problems.push({
      field: 'newsroomUrl',
      message: {
        vi: 'Trang web tòa soạn phải là một địa chỉ bắt đầu bằng https://, ví dụ https://baocuaban.vn (hoặc để trống).',
        en: 'Newsroom website must be an address starting with https://, for example https://yournewsroom.com (or leave it empty).',
      },
    });
  }
  const pattern = p.claimReviewUrlPattern;
  if (typeof pattern === 'string' && pattern !== '' && (!/^https?:\/\/\S+$/i.test(pattern) || !pattern.includes('{claimId}') || pattern.length > 500)) {
    problems.push({
      field: 'claimReviewUrlPattern',
      message: {
        vi: 'Địa chỉ bài kiểm chứng phải bắt đầu bằng https:// và chứa {claimId}, ví dụ https://baocuaban.vn/kiem-chung/{claimId} (hoặc để trống).',
        en: 'Fact-check address must start with https:// and contain {claimId}, for example https://yournewsroom.com/fact-check/{claimId} (or leave it empty).',
      },
    });
  }
  if (Array.isArray(p.verdicts)) {
    const list = p.verdicts as Array<Record<string, unknown>>;
    const unnamed = list.some((v) => typeof v !== 'object' || v === null || String(v.label_vi ?? '').trim() === '' || String(v.label_en ?? '').trim() === '');
    if (list.length === 0 || unnamed) {
      problems.push({
        field: 'verdicts',
        message: {
          vi: 'Thang kết luận cần ít nhất một kết luận, mỗi kết luận có tên tiếng Việt và tiếng Anh.',
          en: 'The verdict scale needs at least one verdict, each with a Vietnamese and an English name.',
        },
      });
    }
  }
  return problems;
}
