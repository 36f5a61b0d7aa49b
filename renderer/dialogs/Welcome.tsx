// The first run explains itself: what vtopo does, how to build a stack, and templates.
import { memo, useEffect, useRef } from 'react';
import { TEMPLATES } from '../templates';

export const Welcome = memo(function Welcome({
  onTemplate,
  onEmpty,
  onOpen,
}: {
  onTemplate: (id: string) => void;
  onEmpty: () => void;
  onOpen: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="welcome"
      aria-labelledby="welcome-title"
      onCancel={(e) => {
        e.preventDefault();
        onEmpty();
      }}
    >
      <h1 id="welcome-title">Welcome to vtopo</h1>
      <p>
        Draw virtualization stacks — hardware, hypervisors, operating systems, containers, runtimes
        and apps — and vtopo checks every edit against how virtualization really works: a type-1
        hypervisor needs bare hardware, containers share their host’s kernel, a .jar needs a JVM.
      </p>
      <ol className="welcome-steps">
        <li>
          <strong>Drag</strong> a <em>Hardware</em> box from the palette onto the canvas.
        </li>
        <li>
          <strong>Drop</strong> a hypervisor or an OS onto it: it stacks on top. Keep going up.
        </li>
        <li>
          <strong>Watch the Problems panel:</strong> a wrong stack is flagged at once, with why and
          a one-click fix.
        </li>
        <li>
          <strong>Export</strong> a slide-ready SVG or PNG.
        </li>
      </ol>
      <h2>Start from one of the classic diagrams</h2>
      <div className="welcome-templates">
        {TEMPLATES.map((t) => (
          <button key={t.id} type="button" data-template={t.id} onClick={() => onTemplate(t.id)}>
            <strong>{t.title}</strong>
            <span>{t.description}</span>
          </button>
        ))}
      </div>
      <div className="welcome-actions">
        <button type="button" onClick={onOpen}>
          Open a file…
        </button>
        <button type="button" className="primary" onClick={onEmpty} autoFocus>
          Start with an empty canvas
        </button>
      </div>
    </dialog>
  );
});
