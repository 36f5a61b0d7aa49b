// The editor page's Content Security Policy, sent as a header by the app: protocol (the
// page's <meta> carries the same policy for the browser build; both apply). Scripts only
// from the app itself; 'wasm-unsafe-eval' lets the PNG rasterizer's WebAssembly compile,
// which runs no JavaScript; inline styles are React Flow's positioning.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The help window shows static HTML: no scripts at all. */
export const STATIC_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
