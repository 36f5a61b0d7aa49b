import type { RuleModule } from '../types';
import { containerMemory } from './container-memory';
import { diskOvercommit } from './disk-overcommit';
import { memoryExceedsHost } from './memory-exceeds-host';
import { memoryOvercommit } from './memory-overcommit';
import { vcpuExceedsHost } from './vcpu-exceeds-host';
import { vcpuOvercommit } from './vcpu-overcommit';

export const resourcesRules: readonly RuleModule[] = [
  vcpuExceedsHost,
  vcpuOvercommit,
  memoryExceedsHost,
  memoryOvercommit,
  diskOvercommit,
  containerMemory,
];
