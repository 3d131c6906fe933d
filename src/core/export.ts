/**
 * What every element's "Download" needs: safe CSV cells and a file handed to the browser.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or a
 * carriage return) as a formula, so a name like `=HYPERLINK(...)` could act when the file
 * is opened. Some also trim leading spaces and line breaks first, and some read the
 * full-width and small forms (`＝`, `＋`, `－`, `＠`, `﹦`, `﹢`, `﹣`, `−`) as the ASCII
 * ones. Such text gets a leading apostrophe, which spreadsheets show as text. Numbers the
 * kit writes itself (an impact of -3) stay numbers.
 */

const FORMULA_START = /^[\t\r]|^[\s\u200b\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\u2212]/;

/** One CSV cell (RFC 4180): text defused and quoted when needed, numbers as they are. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text with CRLF line ends. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Hands a file to the browser's downloads, from inside an element's shadow root. */
export function downloadFile(host: Element, filename: string, body: string, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  (host.shadowRoot ?? host).appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns; give them time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}
