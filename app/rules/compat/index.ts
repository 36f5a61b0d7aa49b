import type { RuleModule } from '../types';
import { binaryArch } from './binary-arch';
import { containerArch } from './container-arch';
import { containerKernel } from './container-kernel';
import { emulatedGuest } from './emulated-guest';
import { guestArch } from './guest-arch';
import { hostOsArch } from './host-os-arch';
import { nativeArch } from './native-arch';
import { nativeOs } from './native-os';
import { nestedVirtualization } from './nested-virtualization';
import { paravirtualizedGuest } from './paravirtualized-guest';
import { virtualizationExtensions } from './virtualization-extensions';

export const compatRules: readonly RuleModule[] = [
  virtualizationExtensions,
  nestedVirtualization,
  hostOsArch,
  guestArch,
  emulatedGuest,
  paravirtualizedGuest,
  containerKernel,
  containerArch,
  nativeOs,
  nativeArch,
  binaryArch,
];
