/**
 * Offers `blob` to the person as a file download named `filename`, with an object URL
 * on a temporary `<a download>` (nothing leaves the device). The URL is released
 * straight after.
 *
 * @example
 * downloadBlob(await chartController.toPngBlob(), 'my-reading.png');
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
