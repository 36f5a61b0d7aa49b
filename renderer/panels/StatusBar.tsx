import { memo } from 'react';
import { isDirty, useEditor } from '../store/editor';
import { SeverityIcon } from './SeverityIcon';

export const StatusBar = memo(function StatusBar() {
  const diagnostics = useEditor((s) => s.diagnostics);
  const count = useEditor((s) => s.doc.nodes.length);
  const dirty = useEditor(isDirty);
  const fileName = useEditor((s) => s.fileName);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return (
    <footer className="status-bar" aria-label="Status">
      <span className="status-counts" data-testid="status-counts">
        <span data-count="error">
          <SeverityIcon severity="error" /> {errors} {errors === 1 ? 'error' : 'errors'}
        </span>
        <span data-count="warning">
          <SeverityIcon severity="warning" /> {warnings} {warnings === 1 ? 'warning' : 'warnings'}
        </span>
        <span data-count="info">
          <SeverityIcon severity="info" /> {infos} info
        </span>
      </span>
      <span>
        {count} {count === 1 ? 'element' : 'elements'}
      </span>
      <span className="status-file" data-dirty={dirty}>
        {fileName ?? 'Not saved yet'}
        {dirty ? ' — edited' : ''}
      </span>
    </footer>
  );
});
