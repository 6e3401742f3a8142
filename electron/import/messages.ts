import { formatNumber } from '../../shared/i18n';
import { megabytes, textTooLongMessage } from '../../shared/textSize';
import { MAX_HTML_DEPTH } from './html';
import type { ImportRefusal, RefusalDetails, UiLanguage } from './types';

function quoted(details: RefusalDetails, lang: UiLanguage): string {
  if (details.fileName) return `“${details.fileName}”`;
  return lang === 'vi' ? 'Tệp' : 'The file';
}

/** One sentence saying what is wrong with the file and what the editor can do about it. */
export function refusalMessage(code: ImportRefusal, lang: UiLanguage = 'vi', details: RefusalDetails = {}): string {
  const file = quoted(details, lang);
  const vi = lang === 'vi';
  switch (code) {
    case 'empty':
      return vi ? `${file} trống, không có chữ nào để nhập.` : `${file} is empty: there is no text to import.`;
    case 'binary':
      return vi
        ? `${file} là tệp nhị phân, không phải văn bản; hãy lưu bài dưới dạng .txt, .md, .html hoặc .docx rồi nhập lại.`
        : `${file} is a binary file, not text; save the article as .txt, .md, .html or .docx and import it again.`;
    case 'image':
      return vi
        ? `${file} là ảnh${details.imageKind ? ` (${details.imageKind})` : ''}, không có văn bản để kiểm tra; hãy nhập bài viết dạng chữ.`
        : `${file} is an image${details.imageKind ? ` (${details.imageKind})` : ''} with no text to check; import the article as text.`;
    case 'unknown_extension':
      return vi
        ? `${file} có phần mở rộng${details.extension ? ` “${details.extension}”` : ''} không được hỗ trợ; chỉ nhập được .txt, .md, .html và .docx.`
        : `${file} has an unsupported extension${details.extension ? ` “${details.extension}”` : ''}; only .txt, .md, .html and .docx can be imported.`;
    case 'too_large':
      return textTooLongMessage(file, details.sizeBytes, details.limitBytes, lang);
    case 'unreadable':
      return vi
        ? `Không đọc được ${details.fileName ? file : 'tệp'}: không có quyền đọc hoặc tệp không còn ở đó.`
        : `${file} cannot be read: permission is denied or the file is no longer there.`;
    case 'broken_docx':
      return vi
        ? `${file} không phải tệp Word .docx hợp lệ (có thể bị hỏng hoặc là .doc cũ đổi tên); hãy mở và lưu lại bằng Word.`
        : `${file} is not a valid Word .docx file (it may be damaged or an old .doc renamed); open it in Word and save it again.`;
    case 'docx_too_large': {
      const limit = megabytes(details.limitBytes, lang);
      const size = details.sizeBytes === undefined ? null : megabytes(details.sizeBytes, lang);
      return vi
        ? `${file} giải nén ra quá lớn (${size === null ? `hơn giới hạn ${limit} MB` : `${size} MB, giới hạn ${limit} MB`}) nên không được mở: tệp có thể bị hỏng hoặc được tạo ra để gây treo máy; hãy mở bằng Word và lưu lại.`
        : `${file} unpacks to too much data (${size === null ? `over the ${limit} MB limit` : `${size} MB, the limit is ${limit} MB`}), so it was not opened: it may be damaged or built to freeze the computer; open it in Word and save it again.`;
    }
    case 'export_too_large':
      return vi
        ? `${file} quá lớn để gộp (${megabytes(details.sizeBytes, lang)} MB, giới hạn ${megabytes(details.limitBytes, lang)} MB); hãy xuất từng phần (theo bài hoặc khoảng ngày) rồi nhập lại.`
        : `${file} is too large to merge (${megabytes(details.sizeBytes, lang)} MB, the limit is ${megabytes(details.limitBytes, lang)} MB); export it in parts (by article or date range) and import those.`;
    case 'no_article_text':
      return vi
        ? `Không tìm thấy nội dung bài viết trong ${details.fileName ? file : 'trang HTML'}; trang có thể chỉ gồm menu, quảng cáo hoặc cần chạy script để hiện bài.`
        : `No article text was found in ${details.fileName ? file : 'the HTML page'}; the page may hold only menus and ads, or need scripts to show the article.`;
    case 'decode_failed':
      return vi
        ? `Không nhận ra bảng mã của ${details.fileName ? file : 'tệp'}; hãy lưu lại dưới dạng UTF-8 rồi nhập lại.`
        : `The character encoding of ${details.fileName ? file : 'the file'} could not be recognised; save it as UTF-8 and import it again.`;
    case 'html_too_deep':
      return vi
        ? `${details.fileName ? file : 'Mã HTML'} có cấu trúc HTML lồng quá sâu (hơn ${formatNumber(MAX_HTML_DEPTH, 'vi')} tầng; một trang tin chỉ vài chục tầng) nên không được đọc: tệp có thể bị hỏng hoặc được tạo ra để gây treo máy; hãy sao chép phần chữ của bài và dán vào.`
        : `${details.fileName ? file : 'The HTML'} nests its markup too deeply (over ${formatNumber(MAX_HTML_DEPTH, 'en')} levels; a news page has a few dozen), so it was not read: it may be damaged or built to freeze the computer; copy the article's text and paste it instead.`;
    case 'read_failed':
      return vi
        ? `Không đọc được nội dung của ${details.fileName ? file : 'tệp'} do lỗi khi xử lý tệp nên đã bỏ qua tệp này (các tệp khác vẫn được nhập); hãy mở tệp, lưu lại dưới dạng .txt rồi nhập lại.`
        : `The content of ${details.fileName ? file : 'the file'} could not be read (processing it failed), so it was skipped and the other files go on; open it, save it as .txt and import it again.`;
    case 'export_merge_failed':
      return vi
        ? `Không gộp được bản xuất${details.fileName ? ` ${file}` : ''} do lỗi khi xử lý dữ liệu trong tệp nên đã bỏ qua tệp này; không gian làm việc không bị thay đổi (các tệp khác vẫn được nhập); hãy xuất lại tệp từ Crosscheck rồi nhập lại.`
        : `The export ${details.fileName ? `${file} ` : ''}could not be merged (processing its data failed), so it was skipped and nothing in the workspace changed; the other files go on; export it again from Crosscheck and import the new file.`;
    case 'paste_failed':
      return vi
        ? 'Không đọc được nội dung vừa dán do lỗi khi xử lý nên chưa nhập gì; hãy dán lại dưới dạng văn bản thuần (không định dạng).'
        : 'The pasted content could not be read (processing it failed), so nothing was imported; paste it again as plain text.';
  }
}

/** Notes about how a file was read, in the user's language. */
export type ImportNote =
  | { kind: 'utf16_without_bom'; encoding: string }
  | { kind: 'legacy_encoding'; encoding: string }
  | { kind: 'not_vietnamese_encoding'; encoding: string }
  | { kind: 'invalid_bytes_replaced'; count: number }
  | { kind: 'markdown_stripped' }
  | { kind: 'html_main_text'; removed: number }
  | { kind: 'html_whole_page'; removed: number }
  | { kind: 'docx_warnings'; count: number }
  | { kind: 'html_pasted'; removed: number };

export function noteMessage(note: ImportNote, lang: UiLanguage): string {
  const vi = lang === 'vi';
  switch (note.kind) {
    case 'utf16_without_bom':
      return vi
        ? `Tệp không có BOM; đã nhận dạng là ${note.encoding} theo cấu trúc byte.`
        : `The file has no byte order mark; read as ${note.encoding} from its byte pattern.`;
    case 'legacy_encoding':
      return vi
        ? `Tệp dùng bảng mã cũ; đã đọc theo ${note.encoding} và chuyển sang Unicode.`
        : `The file uses a legacy encoding; read as ${note.encoding} and converted to Unicode.`;
    case 'not_vietnamese_encoding':
      return vi
        ? `Không thấy chữ tiếng Việt có dấu hợp lệ; đã đọc theo ${note.encoding}, hãy kiểm tra lại chữ có dấu.`
        : `No well-formed Vietnamese accented text was found; read as ${note.encoding}, check the accented letters.`;
    case 'invalid_bytes_replaced':
      return vi
        ? `${note.count} chuỗi byte không hợp lệ trong UTF-8 đã được thay bằng ký tự “�”.`
        : `${note.count} invalid UTF-8 byte sequence(s) were replaced with “�”.`;
    case 'markdown_stripped':
      return vi ? 'Đã bỏ ký hiệu Markdown, giữ lại chữ.' : 'Markdown syntax was removed, keeping the text.';
    case 'html_pasted':
      return vi
        ? `Văn bản dán là mã HTML: đã lấy phần chữ như khi nhập tệp .html${note.removed > 0 ? ` (bỏ ${note.removed} phần script, khung và tương tự; không phần nào được chạy)` : ''}.`
        : `The pasted text was HTML source: its text was taken as for an .html file${note.removed > 0 ? ` (${note.removed} scripts, frames and the like dropped; none was run)` : ''}.`;
    case 'html_main_text':
      return vi
        ? `Chỉ lấy nội dung chính của trang; đã bỏ ${note.removed} phần script, menu, bình luận và tương tự.`
        : `Only the page's main text was kept; ${note.removed} scripts, menus, comment boxes and the like were dropped.`;
    case 'html_whole_page':
      return vi
        ? `Trang quá phức tạp để tách riêng nội dung chính nên đã lấy toàn bộ chữ của trang (đã bỏ ${note.removed} phần script, menu, bình luận và tương tự); hãy kiểm tra và bỏ phần thừa.`
        : `The page was too complex to pick out its main text, so all of its text was kept (${note.removed} scripts, menus, comment boxes and the like dropped); check it and remove what is not the article.`;
    case 'docx_warnings':
      return vi
        ? `Word báo ${note.count} cảnh báo khi đọc; phần chữ đã được lấy ra.`
        : `Reading the Word file gave ${note.count} warning(s); its text was extracted.`;
  }
}
