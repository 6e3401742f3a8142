import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../renderer/src/keyboard';

type Ev = Parameters<typeof commandForKey>[0];
const key = (k: string, extra: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey', boolean> & { target: unknown }> = {}, pendingG = false) =>
  commandForKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: null, ...extra } as Ev, pendingG);

describe('desk keyboard map', () => {
  it('maps the keys of the UI guide', () => {
    expect(key('j')).toEqual({ type: 'move', step: 1 });
    expect(key('k')).toEqual({ type: 'move', step: -1 });
    expect(key('n')).toEqual({ type: 'nextUnreviewed' });
    expect(key('v')).toEqual({ type: 'review', status: 'verified' });
    expect(key('x')).toEqual({ type: 'review', status: 'rejected' });
    expect(key('u')).toEqual({ type: 'review', status: 'unreviewed' });
    expect(key('c')).toEqual({ type: 'mode', mode: 'correct' });
    expect(key('f')).toEqual({ type: 'mode', mode: 'flag' });
    expect(key('/')).toEqual({ type: 'search' });
    expect(key('?')).toEqual({ type: 'shortcuts' });
    expect(key('Enter')).toEqual({ type: 'openDetail' });
    expect(key('q')).toBeNull();
  });

  it('reads undo and redo chords', () => {
    expect(key('z', { ctrlKey: true })).toEqual({ type: 'undo' });
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'redo' });
    expect(key('y', { ctrlKey: true })).toEqual({ type: 'redo' });
  });

  it('reads the g-prefixed chords only right after g', () => {
    expect(key('l', {}, true)).toEqual({ type: 'goLibrary' });
    expect(key('f', {}, true)).toEqual({ type: 'goFindings' });
    expect(key('c', {}, true)).toEqual({ type: 'goClaims' });
    expect(key('l')).toBeNull();
  });

  it('never fires while the user types in a field (but Esc always leaves it)', () => {
    expect(key('v', { target: { tagName: 'INPUT', isContentEditable: false } })).toBeNull();
    expect(key('v', { target: { tagName: 'TEXTAREA', isContentEditable: false } })).toBeNull();
    expect(key('v', { target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
    expect(key('z', { ctrlKey: true, target: { tagName: 'INPUT', isContentEditable: false } })).toBeNull();
    expect(key('Escape', { target: { tagName: 'INPUT', isContentEditable: false } })).toEqual({ type: 'escape' });
    expect(key('v', { ctrlKey: true })).toBeNull();
  });
});
