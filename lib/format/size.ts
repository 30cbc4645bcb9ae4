/** "25 MB" for a byte limit; a fraction with an Indonesian decimal comma ("1,5 MB"). */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace(".", ",")} MB`;
}

/** An uploaded file's size: whole kilobytes under a megabyte (never "0 KB"), megabytes above. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return formatMegabytes(bytes);
}
