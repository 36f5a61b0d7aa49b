// A small pictogram per kind, drawn inline so it follows the theme's text colour.
import { memo } from 'react';

const PATHS: Record<string, string> = {
  hardware: 'M3 6h18v10H3zM7 19h10M12 16v3',
  hypervisor: 'M4 5h16v5H4zM4 14h16v5H4zM8 10v4M16 10v4',
  os: 'M4 4h16v12H4zM4 8h16M9 20h6',
  'container-engine': 'M3 12h18M5 12V8h4v4M10 12V8h4v4M15 12V8h4v4M4 12c0 4 3 7 8 7s8-3 8-7',
  container: 'M4 7l8-4 8 4v10l-8 4-8-4zM4 7l8 4 8-4M12 11v10',
  runtime: 'M8 6l-5 6 5 6M16 6l5 6-5 6M13 4l-2 16',
  app: 'M5 4h10l4 4v12H5zM15 4v4h4',
};

export const KindIcon = memo(function KindIcon({ kind }: { kind: string }) {
  return (
    <svg className="kind-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path
        d={PATHS[kind] ?? 'M4 4h16v16H4z'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
});
