/** What the CLI tells the user, in both languages; one run prints every message in one of them. */
export type Lang = 'vi' | 'en';
export type Text = Record<Lang, string>;

/**
 * Exit statuses (README "Command line"). A pipeline can rely on them: 0 only when the command did
 * everything it was asked.
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** Nothing was done: no input could be used, nothing in scope, an unknown claim, a refused change. */
  failed: 1,
  /** Wrong use: unknown command or option, a missing or malformed argument. Nothing was done. */
  usage: 2,
  /** The workspace cannot be used: missing, open in another writer, unreadable or from a newer version. */
  workspace: 3,
  /** Partly done: the result is printed, and each input left out is named on stderr. */
  partial: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command that stops: one line on stderr, in the run's language, and its exit status. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly text: Text,
  ) {
    super(text.en);
    this.name = 'CliError';
  }
}

export const usageError = (text: Text): CliError => new CliError(EXIT.usage, text);
export const failure = (text: Text): CliError => new CliError(EXIT.failed, text);
