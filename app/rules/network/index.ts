import type { RuleModule } from '../types';
import { bridgeSingleHost } from './bridge-single-host';
import { driverNone } from './driver-none';
import { portConflict } from './port-conflict';

export const networkRules: readonly RuleModule[] = [portConflict, bridgeSingleHost, driverNone];
