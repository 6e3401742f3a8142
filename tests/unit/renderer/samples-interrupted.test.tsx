// @vitest-environment happy-dom
// The sample articles' import stopped partway by a failed save (a full disk at the second article),
// at first start and from the empty library's "open the sample articles": the desk says what came in,
// where it stopped and which files did not, in the editor's language — not a silent half library.
import { readdir } from 'node:fs/promises';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../helpers';
import { bootDesk } from './helpers/desk';
import { fullDiskAtSecondImport, memoryStoreOf } from './helpers/deskApi';


async function seedNames(): Promise<string[]> {
  return (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort();
}

describe('a sample import stopped by a failed save', () => {
  it('at first start: the desk shows which samples came in and which did not', async () => {
    const store = memoryStoreOf([]);
    fullDiskAtSecondImport(store);
    const { r } = await bootDesk({ store, seedsDir });
    render(<r.App />);
    const summary = await screen.findByTestId('import-summary');
    const names = await seedNames();
    expect(within(summary).getByTestId('import-list').querySelectorAll('li.imported')).toHaveLength(1);
    const stopped = within(summary).getByTestId('import-interrupted');
    expect(stopped.textContent).toContain(`Dừng nhập ở ${names[1]}: Chưa lưu được thay đổi vào đĩa`);
    expect(stopped.textContent).toContain(`${names.length - 1} tệp chưa được nhập: ${names.slice(1).join(', ')}`);
    expect(r.useDesk.getState().articles).toHaveLength(1);
  });

  it('from "open the sample articles" in an empty library, in English too', async () => {
    const store = memoryStoreOf([], { settings: { language: 'en' } });
    // Not a first start (something was done here before): no samples at opening.
    await store.commit({ action: 'workspace.create', who: 'Lan', at: '2024-03-08T08:00:00.000Z', changes: [], audit: [{ who: 'Lan', when: '2024-03-08T08:00:00.000Z', action: 'workspace.create', target: 'workspace', before: null, after: null }] });
    const { r } = await bootDesk({ store, seedsDir });
    const user = userEvent.setup();
    render(<r.App />);
    fullDiskAtSecondImport(store);
    await user.click(await screen.findByRole('button', { name: 'Open the sample articles' }));
    const summary = await screen.findByTestId('import-summary');
    const names = await seedNames();
    const stopped = within(summary).getByTestId('import-interrupted');
    expect(stopped.textContent).toContain(`Import stopped at ${names[1]}: The change could not be saved to disk`);
    expect(stopped.textContent).toContain(`${names.length - 1} files not imported: ${names.slice(1).join(', ')}`);
    expect(within(summary).getByTestId('import-list').querySelectorAll('li.imported')).toHaveLength(1);
  });
});
