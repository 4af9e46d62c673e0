/**
 * PDFs shown inside the app with pdf.js, drawn on canvases: the window keeps Chromium's PDF
 * plugin off (a smaller attack surface, and the same in Electron and the browser host), so
 * nothing is handed to a plugin. pdf.js and its worker are bundled with the renderer and
 * loaded from the app's own origin (the CSP allows `worker-src 'self'`); `isEvalSupported`
 * is off because the CSP allows no eval. Loaded on first use, so the app starts no slower.
 */
export interface RenderedPdf {
  pages: HTMLCanvasElement[];
  close(): void;
}

export async function renderPdf(data: Uint8Array, scale: number, cancelled: () => boolean): Promise<RenderedPdf> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const task = pdfjs.getDocument({ data, isEvalSupported: false, enableXfa: false });
  const doc = await task.promise;
  const pages: HTMLCanvasElement[] = [];
  try {
    for (let n = 1; n <= doc.numPages && !cancelled(); n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
      pages.push(canvas);
      page.cleanup();
    }
  } catch (err) {
    void doc.destroy();
    throw err;
  }
  return { pages, close: () => void doc.destroy() };
}
