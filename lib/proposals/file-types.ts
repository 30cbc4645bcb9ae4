// The file-name extensions that go with each content type the portal accepts. The bytes decide the type
// (sniffContentType); the name must agree, because the name is what the downloaded file is saved and opened
// as: a PDF named ".html" would open in a browser as a web page.
const EXTENSIONS: Record<string, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg", "jpe"],
};

const LABEL: Record<string, string> = { "application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG" };

/** "laporan.final.PDF" → "pdf"; no extension → "". */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0
    ? base
        .slice(dot + 1)
        .trim()
        .toLowerCase()
    : "";
}

/** ".pdf, .png, .jpg" for the allowed types, for messages. */
export function extensionList(contentTypes: readonly string[]): string {
  return contentTypes.flatMap((t) => (EXTENSIONS[t] ?? []).filter((e) => e !== "jpe").map((e) => `.${e}`)).join(", ");
}

/** Does the name's extension belong to one of these content types? */
export function extensionAllowed(fileName: string, contentTypes: readonly string[]): boolean {
  const ext = extensionOf(fileName);
  return contentTypes.some((t) => EXTENSIONS[t]?.includes(ext));
}

/** Does the name's extension match the type found in the file's bytes? */
export function extensionMatches(fileName: string, contentType: string): boolean {
  return extensionAllowed(fileName, [contentType]);
}

/** The user's message when the name and the content disagree. */
export function extensionMismatchMessage(fileName: string, contentType: string): string {
  const ext = extensionOf(fileName);
  const label = LABEL[contentType] ?? contentType;
  return `Nama berkas berakhiran ${ext ? `.${ext}` : "tanpa ekstensi"}, padahal isinya ${label}. Ganti nama berkas menjadi ${extensionList([contentType])} lalu unggah lagi.`;
}
