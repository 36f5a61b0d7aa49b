import type { RuleModule } from '../types';
import { containersShareKernel } from './containers-share-kernel';
import { processVmNotIsolated } from './process-vm-not-isolated';
import { systemVmIsolated } from './system-vm-isolated';
import { type2DoubleTranslation } from './type2-double-translation';

export const insightRules: readonly RuleModule[] = [
  type2DoubleTranslation,
  processVmNotIsolated,
  containersShareKernel,
  systemVmIsolated,
];
