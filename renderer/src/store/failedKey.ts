/**
 * The key of a failed action (see `saving` in ./index.ts), read back in one place: "review:<claim>:status",
 * "review:<claim>:<fields>", "editClaim:<claim>", "addClaim:<article>:<start>-<end>",
 * "decideFinding:<finding>", "settings:<key,key>". A leaf module: the failed list's words and the store's
 * read back after "Bỏ" both read it, and tests import it without the store.
 */
export interface FailedKey {
  kind: string;
  /** The claim, article or finding; for settings, the settings' keys joined by ",". */
  id: string;
  /** "status", the review fields joined by ",", or the span "<start>-<end>"; '' when none. */
  rest: string;
}

export function parseFailedKey(describe: string): FailedKey {
  const [kind = '', id = '', rest = ''] = describe.split(':');
  return { kind, id, rest };
}
