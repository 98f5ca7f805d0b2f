import { toPng } from 'html-to-image';

/**
 * Saves what the screen shows now as a PNG for the meeting pack. The map's WebGL canvas keeps its
 * last frame (preserveDrawingBuffer), so it is copied in with the panels over it.
 */
export async function exportScreenPng(element: HTMLElement, fileName: string) {
  const url = await toPng(element, { pixelRatio: 1, cacheBust: false });
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}
