import type { Lang, Words } from './labels';

/**
 * Words for actions the desk could not save: a call that got no answer (the background service or
 * the IPC bridge failed, not a refusal), and leaving the window (reload, quit) while such an action
 * is pending or failed. Shared by the renderer (top bar, beforeunload) and the Electron main
 * (the confirmation it shows when the renderer holds the window open).
 */
export const unsavedWords = {
  noAnswer: {
    vi: 'Crosscheck không nhận được trả lời cho thao tác này nên nó chưa được lưu. Hãy bấm Thử lại.',
    en: 'Crosscheck got no answer for this action, so it is not saved. Press Retry.',
  },
  count: { vi: '{n} thao tác chưa lưu', en: '{n} unsaved action(s)' },
  leaveTitle: { vi: 'Còn thao tác chưa lưu', en: 'Some actions are not saved' },
  leaveDetail: {
    vi: 'Nếu đóng hoặc tải lại bây giờ, các thao tác chưa lưu sẽ mất. Hãy ở lại, chờ "Đã lưu" hoặc bấm Thử lại.',
    en: 'If you close or reload now, the unsaved actions are lost. Stay, wait for "Saved" or press Retry.',
  },
  stay: { vi: 'Ở lại', en: 'Stay' },
  leave: { vi: 'Vẫn đóng', en: 'Close anyway' },
} satisfies Record<string, Words>;

export function unsavedWord(lang: Lang, id: keyof typeof unsavedWords, n?: number, formatted?: string): string {
  const text = unsavedWords[id][lang];
  return n === undefined ? text : text.replace('{n}', formatted ?? String(n));
}
