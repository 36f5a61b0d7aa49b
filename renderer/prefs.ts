// Choices the editor remembers between runs, in localStorage. Storage can be off or full
// (private windows, policies): then reading gives nothing, writing is skipped, and the
// defaults hold, which is harmless for everything kept here.

export function readPref(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePref(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered.
  }
}
