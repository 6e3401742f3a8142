// @vitest-environment happy-dom
// Modal dialogs driven through the real App: they cover the top bar, keep focus inside, open at their top.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootDesk } from './helpers/desk';

async function desk() {
  const booted = await bootDesk();
  const user = userEvent.setup();
  render(<booted.r.App />);
  await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
  return { ...booted, user };
}

afterEach(() => vi.restoreAllMocks());

function zIndexOf(css: string, selector: string): number {
  // The last rule that sets z-index for exactly this selector wins, as in the browser.
  const rules = [...css.matchAll(/(^|\n)([^{}\n]+)\{([^}]*)\}/g)].filter((m) => (m[2] ?? '').trim() === selector);
  const values = rules.map((m) => /z-index:\s*(\d+)/.exec(m[3] ?? '')?.[1]).filter((v): v is string => v !== undefined);
  return values.length ? Number(values[values.length - 1]) : 0;
}

describe('modal dialogs', () => {
  it('the overlay sits above the top bar', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../renderer/src/styles.css'), 'utf8');
    expect(zIndexOf(css, '.topbar')).toBeGreaterThan(0);
    expect(zIndexOf(css, '.overlay')).toBeGreaterThan(zIndexOf(css, '.topbar'));
  });

  it('Tab and Shift+Tab stay inside Settings, wrapping at either end', async () => {
    const { user } = await desk();
    await user.click(screen.getByRole('button', { name: 'Cài đặt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cài đặt' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    const seen = new Set<Element>();
    for (let i = 0; i < 80; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
      seen.add(document.activeElement as Element);
    }
    // It went round: more than one control, and back to the first after the last.
    expect(seen.size).toBeGreaterThan(3);
    for (let i = 0; i < 80; i++) {
      await user.tab({ shift: true });
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    // Focus pushed onto the desk behind comes back into the dialog.
    screen.getByRole('button', { name: 'Nhập bài' }).focus();
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('the shortcut sheet focuses "Đóng" without scrolling to it: it opens at its heading', async () => {
    const { user } = await desk();
    const focus = vi.spyOn(window.HTMLElement.prototype, 'focus');
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Phím tắt' });
    const close = screen.getByRole('button', { name: /Đóng/ });
    expect(document.activeElement).toBe(close);
    const call = focus.mock.calls[focus.mock.instances.indexOf(close)];
    expect(call?.[0]).toEqual({ preventScroll: true });
    expect((dialog.querySelector('.sheet') as HTMLElement).scrollTop).toBe(0);
  });

  it('closed, a dialog hands the focus back to what had it (QA59: after "?" then Esc, or Settings then Esc, the focus was on the body)', async () => {
    const { user } = await desk();
    const settings = screen.getByRole('button', { name: 'Cài đặt' });
    await user.click(settings);
    await screen.findByRole('dialog', { name: 'Cài đặt' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Cài đặt' })).toBeNull();
    expect(document.activeElement).toBe(settings);

    const importButton = screen.getByRole('button', { name: 'Nhập bài' });
    importButton.focus();
    await user.keyboard('?');
    await screen.findByRole('dialog', { name: 'Phím tắt' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Phím tắt' })).toBeNull();
    expect(document.activeElement).toBe(importButton);
  });
});
