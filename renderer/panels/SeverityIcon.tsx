import { memo } from 'react';
import type { Severity } from '../../app/model/kinds';

const GLYPH: Record<Severity, string> = { error: '✖', warning: '▲', info: 'i' };

/** Shape and colour both carry the severity, so it reads without colour too. */
export const SeverityIcon = memo(function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span className={`sev-icon sev-${severity}`} role="img" aria-label={severity}>
      {GLYPH[severity]}
    </span>
  );
});
