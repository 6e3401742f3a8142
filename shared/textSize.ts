/**
 * One size rule for an article's text, whether it comes as a file or is pasted (review of s32-desk,
 * BUG 3): UTF-8 bytes of the text, as a file of it weighs, against one limit, said in one sentence.
 */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** UTF-8 bytes of a text, counted without encoding it (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const ONE_DECIMAL = {
  vi: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** "7,0" (vi) / "7.0" (en): megabytes in the UI language's number format. */
export function megabytes(bytes: number | undefined, lang: 'vi' | 'en'): string {
  if (bytes === undefined) return '?';
  return ONE_DECIMAL[lang].format(bytes / (1024 * 1024));
}

/**
 * The refusal of a text over the limit: `subject` is the quoted file name, or null for a pasted text.
 * "“x.txt” quá dài (5,5 MB, giới hạn 5,0 MB văn bản cho một bài): hãy tách thành nhiều bài rồi nhập lại."
 */
export function textTooLongMessage(subject: string | null, sizeBytes: number | undefined, limitBytes: number | undefined, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const who = subject ?? (vi ? 'Bài dán' : 'The pasted text');
  return vi
    ? `${who} quá dài (${megabytes(sizeBytes, lang)} MB, giới hạn ${megabytes(limitBytes, lang)} MB văn bản cho một bài): hãy tách thành nhiều bài rồi nhập lại.`
    : `${who} is too long (${megabytes(sizeBytes, lang)} MB, the limit is ${megabytes(limitBytes, lang)} MB of text for one article): split it into several articles and import those.`;
}
