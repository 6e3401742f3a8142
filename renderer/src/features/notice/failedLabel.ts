import { t, type Lang } from '../../i18n';

/** Quotes longer than this are cut in the failed list (the top bar has little room). */
const QUOTE_MAX = 40;

/**
 * Words for one failed action in the top bar's list, from its key (see `saving` in the store):
 * "review:<claim>:status", "review:<claim>:<fields>", "editClaim:<claim>", "addClaim:…",
 * "decideFinding:<finding>", "settings:…". `quoteOf` gives a claim's quote when the desk has it.
 */
export function failedLabel(describe: string, quoteOf: (claimId: string) => string | undefined, lang: Lang): string {
  const [kind = '', id = '', rest = ''] = describe.split(':');
  const quote = () => {
    const q = quoteOf(id);
    if (q === undefined) return t(lang, 'failedAClaim');
    return q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1)}…` : q;
  };
  const withQuote = (message: Parameters<typeof t>[1]) => t(lang, message).replace('{q}', quote());
  switch (kind) {
    case 'review':
      return withQuote(rest === 'status' ? 'failedStatus' : 'failedReviewDetails');
    case 'editClaim':
      return withQuote('failedEditClaim');
    case 'addClaim':
      return t(lang, 'failedAddClaim');
    case 'decideFinding':
      return t(lang, 'failedFinding');
    case 'settings':
      return t(lang, 'failedSettings');
    default:
      return t(lang, 'failedOther');
  }
}
