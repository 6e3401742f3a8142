/** Errors cross the IPC boundary as values, never as thrown stacks. */
export const errorCodes = [
  'invalid_input',
  'forbidden',
  'not_found',
  'unreadable_file',
  'save_failed',
  /** Another editor changed the same record first (shared desk): nothing was saved. */
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorValue {
  code: ErrorCode;
  /** One sentence in the user's language: what happened and what to do. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
