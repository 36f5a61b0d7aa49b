import { memo, useState } from 'react';
import type { Host } from '../host/host';
import { TEMPLATES } from '../templates';
import { newDocument, newFromTemplate } from '../store/actions';
import { useEditor } from '../store/editor';
import { SHORTCUTS } from '../shortcuts';
import type { Action } from '../shortcuts';
import { setTitle } from '../../app/commands/set-title';
import { commit, editor } from '../store/editor';

export const Toolbar = memo(function Toolbar({
  run,
  onHelp,
}: {
  host: Host;
  run: (a: Action) => void;
  onHelp: () => void;
}) {
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const undoLabel = useEditor((s) => s.history.past[s.history.past.length - 1]?.label);
  const redoLabel = useEditor((s) => s.history.future[s.history.future.length - 1]?.label);
  const title = useEditor((s) => s.doc.title ?? '');
  const [newOpen, setNewOpen] = useState(false);
  return (
    <header className="toolbar" role="toolbar" aria-label="Document">
      <span className="brand" aria-hidden="true">
        vtopo
      </span>
      <div className="menu-wrap">
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={newOpen}
          onClick={() => setNewOpen(!newOpen)}
          title={`New (${SHORTCUTS.new})`}
        >
          New ▾
        </button>
        {newOpen && (
          <div className="dropdown" role="menu" onMouseLeave={() => setNewOpen(false)}>
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                setNewOpen(false);
                newDocument();
              }}
            >
              Empty document
            </button>
            {TEMPLATES.map((t) => (
              <button
                key={t.id}
                type="button"
                role="menuitem"
                data-template={t.id}
                onClick={() => {
                  setNewOpen(false);
                  newFromTemplate(t.text);
                }}
              >
                {t.title}
              </button>
            ))}
          </div>
        )}
      </div>
      <button type="button" onClick={() => run('open')} title={`Open (${SHORTCUTS.open})`}>
        Open…
      </button>
      <button type="button" onClick={() => run('save')} title={`Save (${SHORTCUTS.save})`}>
        Save
      </button>
      <button type="button" onClick={() => run('saveAs')} title={`Save as (${SHORTCUTS.saveAs})`}>
        Save as…
      </button>
      <span className="sep" />
      <button
        type="button"
        onClick={() => run('undo')}
        disabled={!canUndo}
        aria-label={canUndo ? `Undo ${undoLabel ?? ''}` : 'Undo'}
        title={`Undo ${undoLabel ?? ''} (${SHORTCUTS.undo})`}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        onClick={() => run('redo')}
        disabled={!canRedo}
        aria-label={canRedo ? `Redo ${redoLabel ?? ''}` : 'Redo'}
        title={`Redo ${redoLabel ?? ''} (${SHORTCUTS.redo})`}
      >
        ↷ Redo
      </button>
      <span className="sep" />
      <input
        className="doc-title"
        aria-label="Document title"
        placeholder="Untitled"
        value={title}
        onChange={(e) =>
          commit(setTitle(editor.getState().doc, e.target.value), {
            label: 'Rename document',
            mergeKey: 'title',
          })
        }
      />
      <span className="spacer" />
      <button type="button" onClick={() => run('export')} title={`Export (${SHORTCUTS.export})`}>
        Export…
      </button>
      <button type="button" onClick={onHelp} aria-label="Help and templates">
        ?
      </button>
    </header>
  );
});
