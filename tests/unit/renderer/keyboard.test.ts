import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../renderer/src/keyboard';

const key = (k: string, extra: Partial<{ ctrlKey: boolean; target: unknown }> = {}) =>
  commandForKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra } as Parameters<typeof commandForKey>[0]);

describe('desk keyboard map', () => {
  it('maps the review keys of the UI guide', () => {
    expect(key('j')).toEqual({ type: 'move', step: 1 });
    expect(key('k')).toEqual({ type: 'move', step: -1 });
    expect(key('v')).toEqual({ type: 'review', status: 'verified' });
    expect(key('f')).toEqual({ type: 'review', status: 'flagged' });
    expect(key('x')).toEqual({ type: 'review', status: 'rejected' });
    expect(key('u')).toEqual({ type: 'review', status: 'unreviewed' });
    expect(key('q')).toBeNull();
  });

  it('never fires while the user types in a field or holds a modifier', () => {
    expect(key('v', { target: { tagName: 'INPUT', isContentEditable: false } })).toBeNull();
    expect(key('v', { target: { tagName: 'TEXTAREA', isContentEditable: false } })).toBeNull();
    expect(key('v', { target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
    expect(key('v', { ctrlKey: true })).toBeNull();
  });
});
