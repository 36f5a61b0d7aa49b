// Edits the selected element's label and props with a control per prop's domain; an
// impossible value is refused with a message and never reaches the document.
import { memo, useEffect, useState } from 'react';
import type { VLink, VNode } from '../../app/model/document';
import { KIND_SPECS, LINK_DRIVERS, isKind, propProblem } from '../../app/model/kinds';
import type { PropSpec } from '../../app/model/kinds';
import { setLabel } from '../../app/commands/set-label';
import { setProp } from '../../app/commands/set-prop';
import { setLinkDriver } from '../../app/commands/set-link-driver';
import { commit, editor, useEditor } from '../store/editor';

const PROP_LABELS: Record<string, string> = {
  arch: 'Architecture',
  cpuCores: 'CPU cores',
  memoryGiB: 'Memory',
  diskGiB: 'Disk',
  virtualizationExtensions: 'Virtualization extensions (VT-x / AMD-V / ARM EL2)',
  hypervisorType: 'Hypervisor type',
  product: 'Product',
  emulation: 'Emulation (translates the instruction set)',
  paravirtualization: 'Paravirtualization',
  nestedVirtualization: 'Nested virtualization (exposes extensions to guests)',
  family: 'OS family',
  distribution: 'Distribution',
  paravirtualized: 'Paravirtualized kernel',
  vcpus: 'vCPUs',
  image: 'Image',
  os: 'Image OS',
  cpus: 'CPUs',
  memoryMiB: 'Memory limit',
  ports: 'Published ports',
  artifact: 'Artifact',
  targetOs: 'Target OS',
  targetArch: 'Target architecture',
};

function edit(id: string, name: string, value: unknown): void {
  const doc = editor.getState().doc;
  commit(setProp(doc, id, name, value), {
    label: `Change ${PROP_LABELS[name] ?? name}`,
    mergeKey: `prop:${id}:${name}`,
  });
}

function PropControl({ node, name, spec }: { node: VNode; name: string; spec: PropSpec }) {
  const raw = Object.prototype.hasOwnProperty.call(node.props, name) ? node.props[name] : undefined;
  const label = PROP_LABELS[name] ?? name;
  const inputId = `prop-${name}`;
  const invalid = raw !== undefined ? propProblem(spec, raw) : undefined;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(null);
    setError(null);
  }, [node.id, raw]);

  const required = 'required' in spec && spec.required;
  let control;
  switch (spec.type) {
    case 'enum': {
      const values = [...spec.values, ...(spec.extra ?? [])];
      const current = typeof raw === 'string' ? raw : raw === undefined ? '' : String(raw);
      control = (
        <select
          id={inputId}
          value={current}
          onChange={(e) => edit(node.id, name, e.target.value === '' ? undefined : e.target.value)}
        >
          {!required || raw === undefined ? <option value="">— default —</option> : null}
          {raw !== undefined && !values.includes(current) && (
            <option value={current}>{current} (invalid)</option>
          )}
          {values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'boolean':
      control = (
        <input
          id={inputId}
          type="checkbox"
          checked={typeof raw === 'boolean' ? raw : spec.default}
          onChange={(e) =>
            edit(node.id, name, e.target.checked === spec.default ? undefined : e.target.checked)
          }
        />
      );
      break;
    case 'string': {
      const listId = spec.suggestions ? `${inputId}-list` : undefined;
      control = (
        <>
          <input
            id={inputId}
            type="text"
            list={listId}
            value={draft ?? (typeof raw === 'string' ? raw : raw === undefined ? '' : String(raw))}
            onChange={(e) => {
              setDraft(e.target.value);
              edit(node.id, name, e.target.value === '' ? undefined : e.target.value);
            }}
          />
          {listId && (
            <datalist id={listId}>
              {spec.suggestions!.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          )}
        </>
      );
      break;
    }
    case 'number': {
      control = (
        <span className="number-with-unit">
          <input
            id={inputId}
            type="number"
            inputMode="decimal"
            min={spec.min}
            step={spec.integer ? 1 : 'any'}
            value={draft ?? (raw === undefined ? '' : String(raw))}
            aria-invalid={error !== null || invalid !== undefined}
            onChange={(e) => {
              const text = e.target.value;
              setDraft(text);
              if (text.trim() === '') {
                setError(null);
                return edit(node.id, name, undefined);
              }
              const value = Number(text);
              const problem = propProblem(spec, value);
              if (problem) return setError(`${label} ${problem}.`);
              setError(null);
              edit(node.id, name, value);
            }}
          />
          {spec.unit && <span className="unit">{spec.unit}</span>}
        </span>
      );
      break;
    }
    case 'ports': {
      const shown = Array.isArray(raw) ? raw.join(', ') : raw === undefined ? '' : String(raw);
      control = (
        <input
          id={inputId}
          type="text"
          placeholder="8080:80, 53:53/udp"
          value={draft ?? shown}
          aria-invalid={error !== null || invalid !== undefined}
          onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            const list = text
              .split(/[\s,]+/)
              .map((p) => p.trim())
              .filter(Boolean);
            if (list.length === 0) {
              setError(null);
              return edit(node.id, name, undefined);
            }
            const problem = propProblem(spec, list);
            if (problem) return setError(problem);
            setError(null);
            edit(node.id, name, list);
          }}
        />
      );
      break;
    }
  }
  return (
    <div className={`field field-${spec.type}`}>
      <label htmlFor={inputId}>
        {label}
        {required ? ' *' : ''}
      </label>
      {control}
      {(error ?? invalid) && (
        <p className="field-error" role="alert">
          {error ?? `Current value is invalid: ${invalid}.`}
        </p>
      )}
    </div>
  );
}

function NodeInspector({ node }: { node: VNode }) {
  const [label, setLabelDraft] = useState(node.label ?? '');
  useEffect(() => setLabelDraft(node.label ?? ''), [node.id, node.label]);
  const spec = isKind(node.kind) ? KIND_SPECS[node.kind] : undefined;
  return (
    <>
      <p className="inspector-kind">
        {spec ? spec.title : `Unknown kind “${node.kind}”`} <code>{node.id}</code>
      </p>
      {spec && <p className="inspector-desc">{spec.description}</p>}
      <div className="field">
        <label htmlFor="prop-label">Label</label>
        <input
          id="prop-label"
          type="text"
          value={label}
          onChange={(e) => {
            setLabelDraft(e.target.value);
            commit(setLabel(editor.getState().doc, node.id, e.target.value), {
              label: 'Rename',
              mergeKey: `label:${node.id}`,
            });
          }}
        />
      </div>
      {spec &&
        Object.entries(spec.props).map(([name, propSpec]) => (
          <PropControl key={name} node={node} name={name} spec={propSpec} />
        ))}
    </>
  );
}

function LinkInspector({ link }: { link: VLink }) {
  const driver = typeof link.props.driver === 'string' ? link.props.driver : '';
  return (
    <>
      <p className="inspector-kind">
        Network link <code>{link.id}</code>
      </p>
      <p className="inspector-desc">
        {link.from} → {link.to}
      </p>
      <div className="field">
        <label htmlFor="link-driver">Driver</label>
        <select
          id="link-driver"
          value={driver}
          onChange={(e) =>
            commit(setLinkDriver(editor.getState().doc, link.id, e.target.value), {
              label: 'Change driver',
            })
          }
        >
          {!LINK_DRIVERS.includes(driver as never) && (
            <option value={driver}>{driver || '—'}</option>
          )}
          {LINK_DRIVERS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

export const Inspector = memo(function Inspector() {
  const selection = useEditor((s) => s.selection);
  const only = selection.length === 1 ? selection[0] : undefined;
  const node = useEditor((s) =>
    only === undefined ? undefined : s.doc.nodes.find((n) => n.id === only),
  );
  const link = useEditor((s) =>
    only === undefined || node ? undefined : s.doc.links.find((l) => l.id === only),
  );
  return (
    <aside className="inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      {node ? (
        <NodeInspector node={node} />
      ) : link ? (
        <LinkInspector link={link} />
      ) : (
        <p className="inspector-empty">
          {selection.length > 1
            ? `${selection.length} elements selected.`
            : 'Select an element to edit its label and properties.'}
        </p>
      )}
    </aside>
  );
});
