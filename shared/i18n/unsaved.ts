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
  /**
   * A write without a retry of its own (an import, a re-extraction, an import conflict resolved): the
   * answer may have been lost after the write landed, so it is not said to be unsaved. Trying again:
   * an article already imported comes back as a duplicate, a re-extraction finds nothing new, a
   * conflict choice already settled is refused.
   */
  noAnswerWrite: {
    vi: 'Crosscheck không nhận được trả lời cho thao tác này nên không biết nó đã được lưu hay chưa. Hãy thử lại: bài đã nhập rồi sẽ được báo là trùng.',
    en: 'Crosscheck got no answer for this action, so it may or may not be saved. Try again: articles already imported are reported as duplicates.',
  },
  noAnswerLoad: {
    vi: 'Crosscheck không nhận được trả lời nên chưa tải được. Hãy thử lại.',
    en: 'Crosscheck got no answer, so this could not load. Try again.',
  },
  noAnswerCommand: {
    vi: 'Crosscheck không nhận được trả lời cho lệnh này. Hãy thử lại.',
    en: 'Crosscheck got no answer for this command. Try again.',
  },
  count: { vi: '{n} thao tác chưa lưu', en: '{n} unsaved action(s)' },
  leaveTitle: { vi: 'Còn thao tác chưa lưu', en: 'Some actions are not saved' },
  leaveDetail: {
    vi: 'Nếu đóng hoặc tải lại bây giờ, các thao tác chưa lưu và chữ đang gõ dở trong các ô sẽ mất. Hãy ở lại: chờ "Đã lưu", bấm Thử lại hoặc lưu phần đang gõ.',
    en: 'If you close or reload now, the unsaved actions and any text typed in a form are lost. Stay: wait for "Saved", press Retry or save what you typed.',
  },
  stay: { vi: 'Ở lại', en: 'Stay' },
  leave: { vi: 'Vẫn đóng', en: 'Close anyway' },
} satisfies Record<string, Words>;

export function unsavedWord(lang: Lang, id: keyof typeof unsavedWords, n?: number, formatted?: string): string {
  const text = unsavedWords[id][lang];
  return n === undefined ? text : text.replace('{n}', formatted ?? String(n));
}
