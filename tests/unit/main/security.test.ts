// Electron's security checklist, as far as it is decided in code: webPreferences, the page's
// origin and CSP, navigation and window-open denial, permissions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL } from '../../../main/security/app-origin';
import { headersFor, resolveAppRequest } from '../../../main/security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp';
import { guardContents, isSafeExternalUrl } from '../../../main/security/navigation';
import type { GuardableContents } from '../../../main/security/navigation';
import { allowPermission } from '../../../main/security/permissions';
import { editorWebPreferences, helpWebPreferences } from '../../../main/security/web-preferences';

describe('webPreferences', () => {
  it('the editor window: isolated, sandboxed, no Node, web security on, the preload its only bridge', () => {
    expect(editorWebPreferences('/app/dist/main/preload.cjs', false)).toEqual({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('the help window: the same, with no preload and no JavaScript at all', () => {
    const prefs = helpWebPreferences();
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
    });
    expect(prefs).not.toHaveProperty('preload');
  });
});

function fakeContents() {
  const listeners = new Map<string, (e: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (event: string, l: (e: { preventDefault(): void }, url?: string) => void) =>
      listeners.set(event, l),
    setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => {
      openHandler = h;
    },
  } as unknown as GuardableContents;
  const fire = (event: string, url?: string) => {
    const e = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    listeners.get(event)!(e, url);
    return e.prevented;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('navigation and new windows', () => {
  it('every navigation is denied; an http(s) link goes to the browser, nothing else does', () => {
    const external = vi.fn();
    const { contents, fire } = fakeContents();
    guardContents(contents, external);
    expect(fire('will-navigate', 'https://example.org/docs')).toBe(true);
    expect(fire('will-navigate', 'app://vtopo/other.html')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(external.mock.calls).toEqual([['https://example.org/docs']]);
  });

  it('new windows are always denied; http(s) ones open in the browser', () => {
    const external = vi.fn();
    const { contents, open } = fakeContents();
    guardContents(contents, external);
    for (const url of [
      'https://example.org',
      'http://example.org',
      'file:///x',
      'app://vtopo/index.html',
      'smb://host/share',
      'about:blank',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(external.mock.calls).toEqual([['https://example.org'], ['http://example.org']]);
  });

  it('redirects away from the app and <webview> are denied', () => {
    const { contents, fire } = fakeContents();
    guardContents(contents, vi.fn());
    expect(fire('will-redirect', 'https://evil.example')).toBe(true);
    expect(fire('will-redirect', 'app://vtopo/index.html')).toBe(false);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it.each([
    ['https://example.org/a?b#c', true],
    ['http://localhost:8080', true],
    ['https://user:pw@example.org', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['mailto:a@b.c', false],
    ['ms-msdt:/id', false],
    ['not a url', false],
  ])('external URL %s: %s', (url, ok) => {
    expect(isSafeExternalUrl(url)).toBe(ok);
  });
});

describe('permissions', () => {
  it('only clipboard writing, only for the app page', () => {
    expect(allowPermission('clipboard-sanitized-write', APP_INDEX_URL)).toBe(true);
    expect(allowPermission('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
      'hid',
      'usb',
    ]) {
      expect(allowPermission(p, APP_INDEX_URL)).toBe(false);
    }
  });
});

describe('the app: protocol', () => {
  const root = '/srv/app/dist/renderer';

  it('serves files inside the renderer build, with their types', () => {
    expect(resolveAppRequest('app://vtopo/index.html', root)?.path).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://vtopo/', root)?.path).toBe(join(root, 'index.html'));
    const js = resolveAppRequest('app://vtopo/assets/index-abc.js?v=1', root);
    expect(js).toEqual({
      path: join(root, 'assets', 'index-abc.js'),
      headers: expect.objectContaining({ 'Content-Type': 'text/javascript; charset=utf-8' }),
    });
    expect(resolveAppRequest('app://vtopo/assets/resvg.wasm', root)?.headers['Content-Type']).toBe(
      'application/wasm',
    );
  });

  it.each([
    'app://vtopo/assets/..%2f..%2f..%2fetc%2fpasswd.html',
    'app://vtopo/..%5c..%5csecret.html',
    'app://vtopo/a%00.html',
    'app://vtopo/%E0%A4%A.html',
    'app://other/index.html',
    'app://vtopo.evil.example/index.html',
    'app://user@vtopo/index.html',
    'file:///srv/app/dist/renderer/index.html',
    'app://vtopo/secret.key',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it('plain dot segments are resolved by the URL itself and stay inside the build', () => {
    for (const url of [
      'app://vtopo/../../etc/passwd.html',
      'app://vtopo/%2e%2e/%2e%2e/etc/passwd.html',
    ]) {
      expect(resolveAppRequest(url, root)?.path).toBe(join(root, 'etc', 'passwd.html'));
    }
  });

  it('sends the CSP with the page: the page’s own policy, plus frame-ancestors', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const directives = (p: string) =>
      new Map(
        p
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => [d.split(/\s+/)[0]!, d]),
      );
    const header = directives(CONTENT_SECURITY_POLICY);
    for (const [name, value] of directives(meta!)) expect(header.get(name)).toBe(value);
    expect(header.get('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(header.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(headersFor('text/html; charset=utf-8')['Content-Security-Policy']).toBe(
      CONTENT_SECURITY_POLICY,
    );
    expect(headersFor('text/javascript')).toMatchObject({ 'X-Content-Type-Options': 'nosniff' });
  });
});
