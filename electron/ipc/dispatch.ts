import { z } from 'zod';
import { contract } from '../../shared/ipc/contract';
import { methodNames, type MethodName } from '../../shared/ipc/methods';
import { err, ok, type Result } from '../../shared/result';
import { settingsPatchProblems } from '../../shared/settings';
import { AppError, genericMessages, type Lang } from '../services/errors';
import { storeFailure } from '../services/storeFailure';
import { StoreBusyError, StoreUnusableError } from '../store/port';
import type { Handlers } from './handlers';
import { issueText } from './issueText';

const BULK_OUTPUTS = new Set<MethodName>(['listClaims', 'listArticles', 'articlePage']);

export function isMethodName(name: string): name is MethodName {
  return (methodNames as readonly string[]).includes(name);
}

/** The first refused field, and why where the CLI would say why too (electron/ipc/issueText.ts): one wording for both. */
function describeIssues(error: z.ZodError, lang: Lang): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? first.path.join('.') : null;
  if (!where) return genericMessages.invalid_input[lang];
  const why = issueText(first)?.[lang];
  if (lang === 'vi') return why ? `Dữ liệu không hợp lệ ở trường "${where}": ${why}.` : `Dữ liệu không hợp lệ ở trường "${where}".`;
  return why ? `Invalid value in field "${where}": ${why}.` : `Invalid value in field "${where}".`;
}

/** Checks a call's method name and input against the contract (the main process does it before forwarding). */
export function parseInput(method: string, rawInput: unknown, lang: Lang): Result<{ method: MethodName; input: unknown }> {
  if (!isMethodName(method)) return err('invalid_input', genericMessages.invalid_input[lang]);
  // A Settings field the editor typed wrong is named as the form labels it, with what to type.
  if (method === 'updateSettings') {
    const [problem] = settingsPatchProblems(rawInput);
    if (problem) return err('invalid_input', problem.message[lang]);
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return err('invalid_input', describeIssues(parsed.error, lang));
  return ok({ method, input: parsed.data });
}

/**
 * Validates the input against the contract, runs the handler and turns every outcome into a
 * Result. Nothing thrown here ever crosses to the renderer as a stack trace.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  lang: Lang,
): Promise<Result<unknown>> {
  const parsed = parseInput(method, rawInput, lang);
  if (!parsed.ok) return parsed;
  const name = parsed.value.method;
  const spec = contract[name];
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.value.input);
    // Bulk listings are built from records already validated when stored; checking 100,000 rows
    // again on every call costs more than the rest of the request. Everything else is checked.
    return ok(BULK_OUTPUTS.has(name) ? value : spec.output.parse(value));
  } catch (e) {
    if (e instanceof AppError) return err(e.code, e.messageIn(lang));
    // A store that had to close (a restore whose reload failed) or a read that found no steady state says so in the user's words.
    if (e instanceof StoreUnusableError || e instanceof StoreBusyError) {
      const failure = storeFailure(e);
      if (failure) return err(failure.code, failure.messageIn(lang));
    }
    console.error(`[crosscheck] ${method} failed:`, e);
    return err('internal', genericMessages.internal[lang]);
  }
}
