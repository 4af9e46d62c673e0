// The pdf.js worker as a URL of the app's own origin (Vite emits it as an asset). Declared
// here too because test/tsconfig.json type-checks renderer .ts files without vite/client.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
