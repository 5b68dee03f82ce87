/**
 * Files the browser writes: a Blob saved under a name through a temporary
 * link. Nothing is uploaded; the object URL lives only in this page.
 */

/** MIME types of the files the calculator writes. */
export const fileTypes = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  png: 'image/png',
} as const;

// Revoking the object URL at once can cancel the download in some browsers; a minute is ample.
const REVOKE_AFTER_MS = 60_000;

/** Saves `blob` as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Saves text (JSON, CSV) as a download. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/**
 * A canvas as a PNG on an opaque `background` (a chart's canvas is transparent,
 * which image viewers show as black or a checkerboard). Null when the browser
 * cannot encode it.
 */
export function canvasToPng(canvas: HTMLCanvasElement, background: string): Promise<Blob | null> {
  const copy = canvas.ownerDocument.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d');
  if (!context) return Promise.resolve(null);
  context.fillStyle = background;
  context.fillRect(0, 0, copy.width, copy.height);
  context.drawImage(canvas, 0, 0);
  return new Promise((resolve) => copy.toBlob(resolve, fileTypes.png));
}
