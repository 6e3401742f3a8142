/**
 * The sentences an error gives in both languages, if it does: a desk from a newer Crosscheck (`vi`/`en`
 * on the error), a workspace held by another writer or unreadable (`messages`: WorkspaceLockedError,
 * WorkspaceOpenError; an empty Vietnamese sentence is an internal retry, not a reason). Read in the
 * service host to cross the thread, and by the app when it cannot start.
 */
export function bilingualReason(e: unknown): { vi: string; en: string } | null {
  if (typeof e !== 'object' || e === null) return null;
  const both = e as { vi?: unknown; en?: unknown; messages?: { vi?: unknown; en?: unknown } };
  if (typeof both.vi === 'string' && typeof both.en === 'string') return { vi: both.vi, en: both.en };
  const m = both.messages;
  if (m && typeof m.vi === 'string' && typeof m.en === 'string' && m.vi !== '') return { vi: m.vi, en: m.en };
  return null;
}
