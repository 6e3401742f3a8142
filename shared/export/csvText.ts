import Papa from 'papaparse';

/**
 * Excel opens a CSV as UTF-8 only when it starts with a BOM, and expects CRLF rows; without them
 * Vietnamese turns into "Viá»‡t". Text cells starting with = + - @ get a leading apostrophe so a
 * quote lifted from a web page cannot run as a spreadsheet formula (numbers are left alone).
 */
export function toExcelCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const csv = Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map((cell) => (cell === null ? '' : cell))) },
    { newline: '\r\n', escapeFormulae: true, quotes: false },
  );
  return '\uFEFF' + csv + '\r\n';
}
