// Web permissions: the editor needs none but writing to the clipboard (Copy puts the
// selection there as text); everything else (camera, notifications, geolocation, ...) is
// refused for every page.
import { isAppPage } from '../ipc/sender-check';

const ALLOWED = new Set(['clipboard-sanitized-write']);

export function allowPermission(permission: string, requestingUrl: string): boolean {
  return ALLOWED.has(permission) && isAppPage(requestingUrl);
}
