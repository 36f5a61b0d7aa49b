// The colours of the drawing. One hue per kind (from the Okabe-Ito set, safe for the
// common colour-vision deficiencies) and, as important, a different lightness for each
// layer that usually sits on another, so a stack still reads printed in grayscale.
import type { StyleKey } from '../layout/types';

export type Theme = 'light' | 'dark';

export interface KindColours {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
  readonly caption: string;
}

export interface Palette {
  readonly background: string;
  readonly title: string;
  readonly muted: string;
  readonly link: string;
  readonly linkLabelFill: string;
  readonly kinds: Readonly<Record<StyleKey, KindColours>>;
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
}

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    background: '#ffffff',
    title: '#1b2430',
    muted: '#5b6675',
    link: '#33414f',
    linkLabelFill: '#ffffff',
    kinds: {
      hardware: { fill: '#2e3a48', stroke: '#1b232d', text: '#ffffff', caption: '#c3cedb' },
      hypervisor: { fill: '#1765a3', stroke: '#0d4877', text: '#ffffff', caption: '#cfe4f5' },
      os: { fill: '#f6cf88', stroke: '#c98d1e', text: '#3b2804', caption: '#6b4c12' },
      'container-engine': {
        fill: '#5cbd9f',
        stroke: '#2b8a6d',
        text: '#08302a',
        caption: '#0f4536',
      },
      container: { fill: '#a3cfea', stroke: '#4f97c6', text: '#0c3350', caption: '#234b68' },
      runtime: { fill: '#d19bbe', stroke: '#a35b86', text: '#46142f', caption: '#58203f' },
      app: { fill: '#fbf5c8', stroke: '#c7b64a', text: '#3b3407', caption: '#675c1c' },
      unknown: { fill: '#eceef1', stroke: '#8a94a3', text: '#2b3440', caption: '#5b6675' },
    },
    severity: { error: '#c8102e', warning: '#b86e00', info: '#1765a3' },
  },
  dark: {
    background: '#111820',
    title: '#eef2f6',
    muted: '#a3adb9',
    link: '#c9d3de',
    linkLabelFill: '#111820',
    kinds: {
      hardware: { fill: '#5e6c7b', stroke: '#a7b4c4', text: '#ffffff', caption: '#eef3f8' },
      hypervisor: { fill: '#13528a', stroke: '#4da5f9', text: '#effcff', caption: '#b6d5f4' },
      os: { fill: '#503615', stroke: '#d39a4f', text: '#fff8f1', caption: '#dfcfbe' },
      'container-engine': {
        fill: '#24674e',
        stroke: '#53c197',
        text: '#effcf6',
        caption: '#c9eada',
      },
      container: { fill: '#0e445e', stroke: '#3c97c6', text: '#f1fbff', caption: '#bcd5e5' },
      runtime: { fill: '#874a74', stroke: '#f191d2', text: '#fff7ff', caption: '#fdd8ef' },
      app: { fill: '#2c2810', stroke: '#c8b84e', text: '#fafaf4', caption: '#d4d2c4' },
      unknown: { fill: '#383e45', stroke: '#8a94a3', text: '#f8f9fb', caption: '#ced2d6' },
    },
    severity: { error: '#ff6b7d', warning: '#ffb020', info: '#6cb6ff' },
  },
};

/** Legend names, in the order the legend lists them (bottom of a stack first). */
export const STYLE_NAMES: readonly (readonly [StyleKey, string])[] = [
  ['hardware', 'Hardware'],
  ['hypervisor', 'Hypervisor'],
  ['os', 'Operating system'],
  ['container-engine', 'Container engine'],
  ['container', 'Container'],
  ['runtime', 'Process VM'],
  ['app', 'App'],
  ['unknown', 'Other'],
];
