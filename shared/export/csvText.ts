import Papa from 'papaparse';

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (tab and
 * carriage return because some of them strip those first; the full-width forms ＝ ＋ － ＠ because some read
 * them as the ASCII ones). Only the first character of the whole
 * cell counts, so a multi-line cell "=HYPERLINK(…)⏎dòng 2" is caught too — papaparse's own guard,
 * /^[=+\-@\t\r].*$/, does not match across the line break and lets it through.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell a spreadsheet would run, made inert by a leading apostrophe (shown as text, not stored). */
export function defuseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Excel opens a CSV as UTF-8 only when it starts with a BOM, and expects CRLF rows; without them
 * Vietnamese turns into "Viá»‡t". Every text cell starting with = + - @ (or tab/CR, or their full-width
 * forms) gets a leading apostrophe so a quote lifted from a web page or a note cannot run as a
 * spreadsheet formula; numbers are left alone.
 */
export function toExcelCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const csv = Papa.unparse(
    {
      fields: header.map(defuseFormula),
      data: rows.map((r) => r.map((cell) => (cell === null ? '' : typeof cell === 'string' ? defuseFormula(cell) : cell))),
    },
    { newline: '\r\n', escapeFormulae: false, quotes: false },
  );
  return '\uFEFF' + csv + '\r\n';
}
