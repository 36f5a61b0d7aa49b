// Where the editor's page is served from: a custom `app:` scheme (privileged as standard
// and secure) instead of file://, as Electron's security checklist advises, so the page has
// a real origin, its CSP can be sent as a header, and nothing else on disk is reachable.
export const APP_SCHEME = 'app';
export const APP_HOST = 'vtopo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;
