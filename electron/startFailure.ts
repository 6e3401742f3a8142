import { bilingualReason } from './bilingual';

/**
 * What the editor reads when the app cannot open its workspace at start (a writer lock held by another
 * computer or a command still running, a workspace from a newer Crosscheck, an unreadable folder). The
 * app used to log it and quit with no window at all. The workspace's settings (the UI language) cannot
 * be read then, so the sentence is given in Vietnamese, the default, and in English below it.
 */
export function startFailureText(e: unknown): { title: string; body: string } {
  const title = 'Crosscheck không mở được không gian làm việc / Crosscheck cannot open its workspace';
  const both = bilingualReason(e);
  if (both) return { title, body: `${both.vi}\n\n${both.en}` };
  let detail: string;
  try {
    detail = e instanceof Error ? e.message : String(e);
  } catch {
    detail = 'unknown'; // a value with no text form (Object.create(null))
  }
  return {
    title,
    body:
      `Không mở được không gian làm việc (${detail}). Không có tệp nào bị thay đổi; hãy thử mở lại Crosscheck.\n\n` +
      `The workspace could not be opened (${detail}). No file was changed; try opening Crosscheck again.`,
  };
}
