/**
 * Chromium's print-to-PDF, as the core sees it. The core writes a self-contained HTML file
 * (no scripts, no network, fonts from the system) and asks the shell to print it:
 *
 * - the browser host runs the system Chromium headless (electron/host/chromium-pdf.ts);
 * - the Electron shell uses a hidden BrowserWindow and webContents.printToPDF
 *   (electron/app/pdf-printer.ts), and can also open the system print dialog.
 *
 * Page size, margins and page numbers come from the document's CSS (@page), so both
 * shells print the same pages.
 */
export interface PdfPrinter {
  /** Renders `htmlFile` (an absolute path) to a PDF at `outFile`. Rejects with PrintError. */
  printToPdf(htmlFile: string, outFile: string): Promise<void>;
  /**
   * The system print dialog for `htmlFile` (Electron only). Resolves 'printed' or
   * 'cancelled'; absent where there is no dialog (the browser host: the user prints the PDF).
   */
  printDialog?(htmlFile: string, title: string): Promise<'printed' | 'cancelled'>;
  /** Stops what the printer keeps running (the host's warm browser); called when the core closes. */
  close?(): Promise<void>;
}

/** Why a PDF could not be made; the service turns it into a message in the user's language. */
export class PrintError extends Error {
  constructor(
    readonly reason: 'noChromium' | 'timeout' | 'failed',
    detail: string,
  ) {
    super(detail);
    this.name = 'PrintError';
  }
}

/** How long one PDF may take before the printer gives up (a 200-line invoice takes ~1 s). */
export const PRINT_TIMEOUT_MS = 60_000;
