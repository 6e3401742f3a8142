import type { Api } from '../../shared/ipc/contract';
import { api } from './api';
import { LIBRARY_WINDOW } from './features/library/visibleArticles';

/** Findings per page of the panel's list: one screen and a little more, so the first paint is quick. */
export const FINDINGS_LIST_PAGE = 40;

type Method = keyof Api & string;
type Input<K extends Method> = Parameters<Api[K]>[0];
type Answer<K extends Method> = ReturnType<Api[K]>;

/**
 * The reads the desk's first screen is made of, with the inputs its first load asks for them: the
 * settings and path, the library's first window, the findings panel's first page and its counts (sent
 * in this order: the library before the findings).
 */
const FIRST_SCREEN_READS: ReadonlyArray<{ [K in Method]: readonly [K, Input<K>] }[Method]> = [
  ['getWorkspaceInfo', {}],
  ['articlePage', { offset: 0, limit: LIBRARY_WINDOW }],
  ['listFindings', { show: 'open', offset: 0, limit: FINDINGS_LIST_PAGE }],
  ['getSummary', {}],
];

/** First-screen reads sent ahead (see `sendFirstScreen`), by method and input, not yet taken. */
const ahead = new Map<string, Promise<unknown>>();

const keyOf = (method: string, input: unknown) => `${method} ${JSON.stringify(input)}`;

/**
 * Sends the first screen's reads at once: called by the renderer's entry before React and the desk's
 * own code are evaluated (on a loaded 2-core machine that evaluation took some 500 ms of the time to
 * interactive, issue 9), so that the service reads the library and the findings meanwhile instead of
 * after it. Each answer is taken once by the desk's first load (`firstScreenCall`); the desk drops
 * what it did not take once it is interactive (`endFirstScreen`), so that no later call gets an answer
 * read before it. Counted as foreground calls (api.ts): no background read goes before them.
 */
export function sendFirstScreen(): void {
  for (const [method, input] of FIRST_SCREEN_READS) {
    const call = api[method] as (input: unknown) => Promise<unknown>;
    ahead.set(keyOf(method, input), call(input));
  }
}

/**
 * A call of the desk's first load: the answer sent ahead for this method and input when there is one
 * (taken once), else the call made now.
 */
export function firstScreenCall<K extends Method>(method: K, input: Input<K>): Answer<K> {
  const key = keyOf(method, input);
  const sent = ahead.get(key);
  if (sent !== undefined) {
    ahead.delete(key);
    return sent as Answer<K>;
  }
  return (api[method] as unknown as (input: Input<K>) => Answer<K>)(input);
}

/** The desk is interactive: answers sent ahead and not taken (another input was asked for) are dropped. */
export function endFirstScreen(): void {
  ahead.clear();
}
