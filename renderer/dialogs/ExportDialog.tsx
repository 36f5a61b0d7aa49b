// Export as SVG or PNG through app/export — the same code and options as `vtopo export`,
// so the file is byte-identical to what the CLI makes of the saved document. Also copies
// the picture to the clipboard for pasting straight into slides.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { exportSvg } from '../../app/export/svg';
import { exportPngWith } from '../../app/export/png';
import type { PngScale } from '../../app/export/png';
import type { Host } from '../host/host';
import { wasmRasterizer } from '../export/png-wasm';
import { readPref, writePref } from '../prefs';
import { editor, notify, useEditor } from '../store/editor';
import { fileTitle } from '../store/actions';

type Format = 'svg' | 'png';

interface Options {
  format: Format;
  scale: PngScale;
  theme: 'light' | 'dark';
  transparent: boolean;
  title: boolean;
  legend: boolean;
}

const KEY = 'vtopo.export';

function remembered(): Options {
  const fallback: Options = {
    format: 'png',
    scale: 2,
    theme: 'light',
    transparent: false,
    title: false,
    legend: false,
  };
  try {
    const raw = JSON.parse(readPref(KEY) ?? '{}') as Partial<Options>;
    return {
      format: raw.format === 'svg' ? 'svg' : 'png',
      scale: ([1, 2, 3, 4] as const).find((s) => s === raw.scale) ?? 2,
      theme: raw.theme === 'dark' ? 'dark' : 'light',
      transparent: raw.transparent === true,
      title: raw.title === true,
      legend: raw.legend === true,
    };
  } catch {
    return fallback;
  }
}

/** The CLI command that makes the same file. */
export function cliEquivalent(file: string, o: Options): string {
  const out = `${file.replace(/\.vtopo$/i, '')}.${o.format}`;
  const q = (s: string) => (/^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);
  return [
    'vtopo export',
    q(file),
    '-o',
    q(out),
    o.format === 'png' && o.scale !== 1 ? `--scale ${o.scale}` : '',
    o.theme === 'dark' ? '--theme dark' : '',
    o.transparent ? '--transparent' : '',
    o.title ? '--title' : '',
    o.legend ? '--legend' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export const ExportDialog = memo(function ExportDialog({
  host,
  onClose,
}: {
  host: Host;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const doc = useEditor((s) => s.doc);
  const layout = useEditor((s) => s.layout);
  const name = useEditor((s) => fileTitle(s.fileName, s.doc));
  const [o, setO] = useState<Options>(remembered);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    writePref(KEY, JSON.stringify(o));
  }, [o]);

  const svg = useMemo(
    () =>
      exportSvg(doc, {
        theme: o.theme,
        transparent: o.transparent,
        title: o.title,
        legend: o.legend,
        layout,
      }),
    [doc, layout, o.theme, o.transparent, o.title, o.legend],
  );
  const previewUrl = useMemo(
    () => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })),
    [svg],
  );
  useEffect(() => () => URL.revokeObjectURL(previewUrl), [previewUrl]);

  const base = name.replace(/\.vtopo$/i, '').replace(/[\\/:*?"<>|]+/g, '-') || 'diagram';
  const png = () => exportPngWith(svg, { scale: o.scale }, wasmRasterizer);

  const save = async () => {
    setBusy(true);
    try {
      const result =
        o.format === 'svg'
          ? await host.exportFile(svg, `${base}.svg`, 'image/svg+xml')
          : await host.exportFile(await png(), `${base}.png`, 'image/png');
      if (!result.ok) return notify('error', result.error);
      if (result.value) {
        notify('info', `Exported ${result.value}`);
        onClose();
      }
    } catch (e) {
      notify('error', `Could not export: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    setBusy(true);
    try {
      const item =
        o.format === 'svg'
          ? new ClipboardItem({
              'text/plain': new Blob([svg], { type: 'text/plain' }),
              'image/svg+xml': new Blob([svg], { type: 'image/svg+xml' }),
            })
          : new ClipboardItem({
              'image/png': new Blob([(await png()) as Uint8Array<ArrayBuffer>], {
                type: 'image/png',
              }),
            });
      await navigator.clipboard.write([item]);
      notify('info', `Copied as ${o.format.toUpperCase()}: paste it into your slides.`);
    } catch (e) {
      notify('error', `Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const set = <K extends keyof Options>(k: K, v: Options[K]) => setO((cur) => ({ ...cur, [k]: v }));
  const empty = editor.getState().doc.nodes.length === 0;

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby="export-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="export-title">Export</h2>
      <div className="export-body">
        <form className="export-options" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>Format</legend>
            {(['png', 'svg'] as const).map((f) => (
              <label key={f}>
                <input
                  type="radio"
                  name="format"
                  value={f}
                  checked={o.format === f}
                  onChange={() => set('format', f)}
                />{' '}
                {f.toUpperCase()}
              </label>
            ))}
          </fieldset>
          <label>
            Scale{' '}
            <select
              aria-label="Scale"
              value={o.scale}
              disabled={o.format !== 'png'}
              onChange={(e) => set('scale', Number(e.target.value) as PngScale)}
            >
              {[1, 2, 3, 4].map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label>
            Theme{' '}
            <select
              aria-label="Theme"
              value={o.theme}
              onChange={(e) => set('theme', e.target.value === 'dark' ? 'dark' : 'light')}
            >
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={o.transparent}
              onChange={(e) => set('transparent', e.target.checked)}
            />{' '}
            Transparent background
          </label>
          <label>
            <input
              type="checkbox"
              checked={o.title}
              onChange={(e) => set('title', e.target.checked)}
            />{' '}
            Title
          </label>
          <label>
            <input
              type="checkbox"
              checked={o.legend}
              onChange={(e) => set('legend', e.target.checked)}
            />{' '}
            Legend
          </label>
          <p className="export-cli">
            Same as{' '}
            <code data-testid="export-cli">
              {cliEquivalent(name.endsWith('.vtopo') ? name : `${base}.vtopo`, o)}
            </code>
          </p>
        </form>
        <div className="export-preview">
          {empty ? <p>Nothing to export yet.</p> : <img src={previewUrl} alt="Export preview" />}
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" onClick={() => void copy()} disabled={busy || empty}>
          Copy {o.format.toUpperCase()}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void save()}
          disabled={busy || empty}
        >
          Export {o.format.toUpperCase()}…
        </button>
      </div>
    </dialog>
  );
});
