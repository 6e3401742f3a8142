import type { ReviewStatus } from '../../shared/schema';

export type DeskCommand =
  | { type: 'move'; step: 1 | -1 }
  | { type: 'nextUnreviewed' }
  | { type: 'review'; status: ReviewStatus }
  | { type: 'mode'; mode: 'correct' | 'flag' | 'edit' | 'add' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'search' }
  | { type: 'goLibrary' }
  | { type: 'goFindings' }
  | { type: 'goClaims' }
  | { type: 'goHistory' }
  /** d then 1–5: the verdict at that position of the newsroom's scale. */
  | { type: 'verdict'; index: number }
  | { type: 'article'; step: 1 | -1 }
  | { type: 'openDetail' }
  | { type: 'escape' }
  | { type: 'shortcuts' }
  | { type: 'dialog'; dialog: 'import' | 'export' | 'settings' };

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>;

const reviewKeys: Record<string, ReviewStatus> = { v: 'verified', x: 'rejected', u: 'unreviewed' };
const modeKeys: Record<string, 'correct' | 'flag' | 'edit' | 'add'> = { c: 'correct', f: 'flag', e: 'edit', a: 'add' };

/** True when a key press belongs to a text field: no shortcut fires while the user types. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The first key of a two-key chord: g (go to…) or d (verdict). */
export type PendingChord = 'g' | 'd' | null;

/** Keys that start a chord when pressed alone outside a field. */
export function chordStart(e: KeyEventLike): PendingChord {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  return e.key === 'g' || e.key === 'd' ? e.key : null;
}

/**
 * Maps a key press to a desk command. `pending` is the chord key pressed just before ("g" for the
 * g-l / g-f chords of the UI guide, "d" for d-1…5 verdicts; true means "g"). Escape works
 * everywhere, even in a field, so a form can be left.
 */
export function commandForKey(e: KeyEventLike, pending: boolean | PendingChord = false): DeskCommand | null {
  const pendingG = pending === true || pending === 'g';
  if (e.key === 'Escape') return { type: 'escape' };
  const mod = e.ctrlKey || e.metaKey;
  if (isTypingTarget(e.target)) return null;
  if (mod && !e.altKey) {
    const key = e.key.toLowerCase();
    if (key === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    if (key === 'o') return { type: 'dialog', dialog: 'import' };
    if (key === 'e') return { type: 'dialog', dialog: 'export' };
    if (key === ',') return { type: 'dialog', dialog: 'settings' };
    return null;
  }
  if (mod || e.altKey) return null;
  if (pendingG) {
    if (e.key === 'l') return { type: 'goLibrary' };
    if (e.key === 'f') return { type: 'goFindings' };
    if (e.key === 'c') return { type: 'goClaims' };
    if (e.key === 'h') return { type: 'goHistory' };
    return null;
  }
  if (pending === 'd') {
    const n = Number(e.key);
    return Number.isInteger(n) && n >= 1 && n <= 9 ? { type: 'verdict', index: n - 1 } : null;
  }
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      return { type: 'move', step: 1 };
    case 'k':
    case 'ArrowUp':
      return { type: 'move', step: -1 };
    case 'n':
      return { type: 'nextUnreviewed' };
    case '/':
      return { type: 'search' };
    case ']':
      return { type: 'article', step: 1 };
    case '[':
      return { type: 'article', step: -1 };
    case 'Enter':
      return { type: 'openDetail' };
    case '?':
      return { type: 'shortcuts' };
  }
  const status = reviewKeys[e.key];
  if (status) return { type: 'review', status };
  const mode = modeKeys[e.key];
  return mode ? { type: 'mode', mode } : null;
}

/** The sheet shown on "?": key, and the message id of what it does. */
export const shortcutSheet: Array<{ keys: string; action: string }> = [
  { keys: 'j / k', action: 'kbNextPrev' },
  { keys: 'n', action: 'kbNextUnreviewed' },
  { keys: 'v', action: 'verify' },
  { keys: 'c', action: 'correct' },
  { keys: 'f', action: 'flag' },
  { keys: 'x', action: 'reject' },
  { keys: 'u', action: 'reset' },
  { keys: 'd 1–5', action: 'kbVerdict' },
  { keys: 'e', action: 'editClaim' },
  { keys: 'a', action: 'addClaim' },
  { keys: 'Ctrl+Z', action: 'undo' },
  { keys: 'Ctrl+Shift+Z', action: 'redo' },
  { keys: '/', action: 'kbSearch' },
  { keys: '[ / ]', action: 'kbPrevNextArticle' },
  { keys: 'g l', action: 'kbGoLibrary' },
  { keys: 'g c', action: 'kbGoClaims' },
  { keys: 'g f', action: 'kbGoFindings' },
  { keys: 'g h', action: 'kbHistory' },
  { keys: 'Ctrl+Enter', action: 'kbSubmit' },
  { keys: 'Ctrl+O', action: 'kbImport' },
  { keys: 'Ctrl+E', action: 'kbExport' },
  { keys: 'Ctrl+,', action: 'kbSettings' },
  { keys: 'Enter', action: 'kbOpenDetail' },
  { keys: 'Esc', action: 'kbEscape' },
  { keys: '?', action: 'kbShortcuts' },
];
