// Content-Disposition for a download (RFC 6266, RFC 5987): `filename*` carries the real, usually Chinese,
// name percent-encoded in UTF-8; `filename` is the ASCII fallback for clients that ignore `filename*` —
// it keeps the real name's extension, so a Word file saved by such a client still opens as .docx.

/** The extension of a file name (`.docx`), lower case, or '' when it has none a download could use. */
function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return match ? `.${match[1]!.toLowerCase()}` : '';
}

/**
 * `attachment; filename="annual-report.docx"; filename*=UTF-8''%E5%9C%9F….docx` — `fallbackBase` names the
 * file in ASCII (what it is: `annual-report`, `letter`, `download`); the extension comes from `fileName`.
 */
export function contentDisposition(fileName: string, options: { readonly fallbackBase?: string; readonly inline?: boolean } = {}): string {
  const base = (options.fallbackBase ?? 'download').replace(/[^A-Za-z0-9._-]/g, '') || 'download';
  return `${options.inline ? 'inline' : 'attachment'}; filename="${base}${extensionOf(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
