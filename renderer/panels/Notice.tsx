// A short message after an action (saved, could not open): announced to screen readers,
// gone after a few seconds or on click.
import { memo, useEffect, useState } from 'react';
import { useEditor } from '../store/editor';

export const Notice = memo(function Notice() {
  const notice = useEditor((s) => s.notice);
  const [hidden, setHidden] = useState<number | null>(null);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setHidden(notice.id), notice.kind === 'error' ? 12_000 : 4_000);
    return () => clearTimeout(t);
  }, [notice]);
  if (!notice || hidden === notice.id) return null;
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      onClick={() => setHidden(notice.id)}
    >
      {notice.text}
    </div>
  );
});
