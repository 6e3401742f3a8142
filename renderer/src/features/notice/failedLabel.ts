import { fieldLabels } from '../../../../shared/i18n';
import { t, type Lang } from '../../i18n';
import { parseFailedKey } from '../../store/failedKey';

/** Quotes longer than this are cut in the failed list (the top bar has little room). */
const QUOTE_MAX = 40;

/** What the desk knows to name a failed action by (each may not know: the label then says less). */
export interface FailedLookup {
  quoteOf(claimId: string): string | undefined;
  /** The text of the article when the desk holds it (the one open). */
  articleText(articleId: string): string | undefined;
  /** The article's title when the library lists one. */
  articleTitle(articleId: string): string | undefined;
  claimsOfFinding(findingId: string): readonly string[] | undefined;
}

/** Review fields a failed change may hold, worded as the claim detail labels them. */
const REVIEW_FIELDS = ['verdict', 'correctedValue', 'correctedText', 'note', 'evidence', 'flagReason'] as const;

const cut = (s: string) => (s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX - 1)}…` : s);
/** A quote in the language's marks: «…» in Vietnamese, “…” in English. */
const quoted = (s: string, lang: Lang) => (lang === 'vi' ? `«${cut(s)}»` : `“${cut(s)}”`);

/**
 * Words for one failed action in the top bar's list, from its key (see `saving` in the store):
 * "review:<claim>:status", "review:<claim>:<fields>", "editClaim:<claim>", "addClaim:<article>:<start>-<end>",
 * "decideFinding:<finding>", "settings:<keys>" — distinct for two failed actions of one kind where the desk
 * can tell them apart (their claims, their words, the setting).
 */
export function failedLabel(describe: string, lookup: FailedLookup, lang: Lang): string {
  const { kind, id, rest } = parseFailedKey(describe);
  const claim = (claimId: string) => {
    const q = lookup.quoteOf(claimId);
    return q === undefined ? t(lang, 'failedAClaim') : quoted(q, lang);
  };
  const fill = (message: Parameters<typeof t>[1], what: string) => t(lang, message).replace('{q}', what);
  switch (kind) {
    case 'review': {
      // "review:<id>:" (the same status pressed again) decides the status too.
      if (rest === 'status' || rest === '') return fill('failedStatus', claim(id));
      const fields = REVIEW_FIELDS.filter((f) => rest.split(',').includes(f)).map((f) => fieldLabels[f][lang].toLowerCase());
      if (fields.length === 0) return fill('failedReviewDetails', claim(id));
      const words = fields.join(', ');
      return fill('failedReviewFields', claim(id)).replace('{fields}', words.charAt(0).toUpperCase() + words.slice(1));
    }
    case 'editClaim':
      return fill('failedEditClaim', claim(id));
    case 'addClaim': {
      const [start, end] = rest.split('-').map(Number);
      const text = lookup.articleText(id);
      const words = text !== undefined && start !== undefined && end !== undefined && end > start ? text.slice(start, end) : undefined;
      if (words) return fill('failedAddClaimAt', quoted(words, lang));
      const title = lookup.articleTitle(id);
      return title ? fill('failedAddClaimIn', quoted(title, lang)) : t(lang, 'failedAddClaim');
    }
    case 'decideFinding': {
      const claims = lookup.claimsOfFinding(id)?.slice(0, 2).map(claim);
      return claims && claims.length > 0 ? fill('failedFindingOf', claims.join(' / ')) : t(lang, 'failedFinding');
    }
    case 'settings':
      return id === 'language' ? t(lang, 'failedLanguage') : id === 'theme' ? t(lang, 'failedTheme') : t(lang, 'failedSettings');
    default:
      return t(lang, 'failedOther');
  }
}

/**
 * The list's words for its rows: two rows the desk cannot tell apart by their words (two claims added to an
 * article that is not open, two decisions on findings it no longer lists) are numbered "(1)", "(2)" in list
 * order, so "Thử lại: …" and "Bỏ: …" name one row each.
 */
export function numberedLabels(labels: readonly string[]): string[] {
  const total = new Map<string, number>();
  for (const l of labels) total.set(l, (total.get(l) ?? 0) + 1);
  const seen = new Map<string, number>();
  return labels.map((l) => {
    if ((total.get(l) ?? 0) < 2) return l;
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return `${l} (${n})`;
  });
}
