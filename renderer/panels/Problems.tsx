// Every diagnostic: click a row to select and reveal the element; open it for the teaching
// explanation and the quick fixes (one click, undoable).
import { memo, useMemo, useState } from 'react';
import type { Diagnostic } from '../../app/model/document';
import { ruleById } from '../../app/rules/catalogue';
import { fixesFor } from '../../app/rules/fixes';
import { commit, editor, useEditor } from '../store/editor';
import { SeverityIcon } from './SeverityIcon';

function keyOf(d: Diagnostic, i: number): string {
  return `${d.rule}|${d.elements.join(',')}|${i}`;
}

const Row = memo(function Row({
  d,
  open,
  onToggle,
  onReveal,
}: {
  d: Diagnostic;
  open: boolean;
  onToggle: () => void;
  onReveal: (id: string) => void;
}) {
  const rule = ruleById(d.rule);
  const fixes = open ? fixesFor(editor.getState().doc, d) : [];
  const first = d.elements[0];
  return (
    <li
      className={`problem sev-${d.severity}${open ? ' open' : ''}`}
      data-rule={d.rule}
      data-element={first ?? ''}
      data-severity={d.severity}
    >
      <div className="problem-line">
        <button
          type="button"
          className="problem-toggle"
          aria-expanded={open}
          aria-label={open ? 'Hide the explanation' : 'Show the explanation and fixes'}
          onClick={onToggle}
        >
          {open ? '▾' : '▸'}
        </button>
        <button
          type="button"
          className="problem-main"
          onClick={() => {
            if (first !== undefined) onReveal(first);
            if (!open) onToggle();
          }}
          aria-label={`${d.severity}: ${d.message}`}
        >
          <SeverityIcon severity={d.severity} />
          <span className="problem-message">{d.message}</span>
          <code className="problem-rule">{d.rule}</code>
        </button>
      </div>
      {open && (
        <div className="problem-detail">
          {rule && (
            <p className="problem-explanation">
              <strong>{rule.meta.title}.</strong> {rule.meta.explanation}
            </p>
          )}
          {fixes.length > 0 && (
            <div className="problem-fixes">
              {fixes.map((f) => (
                <button
                  key={f.title}
                  type="button"
                  className="fix-button"
                  data-fix={f.title}
                  onClick={() => commit(f.apply(editor.getState().doc), { label: f.title })}
                >
                  🔧 {f.title}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </li>
  );
});

export const Problems = memo(function Problems({ onReveal }: { onReveal: (id: string) => void }) {
  const diagnostics = useEditor((s) => s.diagnostics);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [filter, setFilter] = useState<'all' | 'error' | 'warning' | 'info'>('all');
  const shown = useMemo(
    () => (filter === 'all' ? diagnostics : diagnostics.filter((d) => d.severity === filter)),
    [diagnostics, filter],
  );
  return (
    <section className="problems" aria-label="Problems">
      <header className="problems-header">
        <h2>Problems</h2>
        <div role="group" aria-label="Show">
          {(['all', 'error', 'warning', 'info'] as const).map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={filter === f}
              className={filter === f ? 'active' : ''}
              onClick={() => setFilter(f)}
            >
              {f === 'all'
                ? 'All'
                : f === 'error'
                  ? 'Errors'
                  : f === 'warning'
                    ? 'Warnings'
                    : 'Info'}
            </button>
          ))}
        </div>
      </header>
      {shown.length === 0 ? (
        <p className="problems-empty">
          {diagnostics.length === 0 ? 'No problems: every stack checks out.' : 'None of this kind.'}
        </p>
      ) : (
        <ul className="problem-list">
          {shown.map((d, i) => {
            const key = keyOf(d, i);
            return (
              <Row
                key={key}
                d={d}
                open={openKey === key}
                onToggle={() => setOpenKey(openKey === key ? null : key)}
                onReveal={onReveal}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
});
