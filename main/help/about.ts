// Help > About: name, version, the engines it runs on, the licence.
import type { MessageBox } from '../documents/ports';

export interface AboutFacts {
  readonly appName: string;
  readonly version: string;
  readonly electron: string;
  readonly chrome: string;
  readonly node: string;
}

export function aboutBox(f: AboutFacts): MessageBox {
  return {
    type: 'info',
    message: `${f.appName} ${f.version}`,
    detail:
      'A desktop editor for virtualization topologies that knows what the boxes mean.\n\n' +
      `Electron ${f.electron}, Chromium ${f.chrome}, Node.js ${f.node}.\n` +
      'MIT licence. The Inter font is under the SIL Open Font License.',
    buttons: ['OK'],
    defaultId: 0,
    cancelId: 0,
  };
}
