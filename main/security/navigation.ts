// No window ever leaves the app's page: navigations, redirects and new windows are denied,
// <webview> cannot attach, and a link to http(s) opens in the user's browser (from main,
// never from the page). Applied to every web contents as it is created.
import { isAppPage } from '../ipc/sender-check';

export function isSafeExternalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guard uses. */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (e: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (e: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (e: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function guardContents(
  contents: GuardableContents,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (e, url) => {
    e.preventDefault();
    if (isSafeExternalUrl(url)) openExternal(url);
  });
  contents.on('will-redirect', (e, url) => {
    if (!isAppPage(url)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
