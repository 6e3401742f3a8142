export { readArticleFile, importFormatOf, MAX_TEXT_BYTES, type ArticleFileSystem, type ReadArticleOptions } from './readArticleFile';
export { listImportableFiles, type ListImportableOptions } from './listImportableFiles';
export { noteMessage, refusalMessage } from './messages';
export { cleanPaste, type CleanedPaste } from './pasted';
export { decodeTextBytes } from './decode';
export * from './types';
export { readExportFile, MAX_EXPORT_JSON_BYTES } from './exportFile';
export { stageDroppedFiles, type StagedFiles } from './dropped';
export { DOCX_LIMITS } from './docx';
