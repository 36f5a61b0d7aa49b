// The preset being dragged from the palette: a dragover event cannot read the drag's data,
// so the palette says here what it is dragging.
import type { Preset } from '../../app/model/presets';

export const paletteDrag: { current: Preset | null } = { current: null };
