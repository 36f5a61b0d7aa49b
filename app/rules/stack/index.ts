import type { RuleModule } from '../types';
import { artifactEnvironment } from './artifact-environment';
import { containerOnEngine } from './container-on-engine';
import { engineOnOs } from './engine-on-os';
import { hardwareRoot } from './hardware-root';
import { hypervisorType1OnHardware } from './hypervisor-type1-on-hardware';
import { hypervisorType2OnOs } from './hypervisor-type2-on-os';
import { osPlacement } from './os-placement';
import { runtimePlacement } from './runtime-placement';
import { singleBoot } from './single-boot';
import { unplaced } from './unplaced';

export const stackRules: readonly RuleModule[] = [
  hardwareRoot,
  singleBoot,
  hypervisorType1OnHardware,
  hypervisorType2OnOs,
  osPlacement,
  engineOnOs,
  containerOnEngine,
  runtimePlacement,
  artifactEnvironment,
  unplaced,
];
