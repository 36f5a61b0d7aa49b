import type { RuleModule } from '../types';
import { danglingLink } from './dangling-link';
import { duplicateId } from './duplicate-id';
import { invalidValue } from './invalid-value';
import { missingParent } from './missing-parent';
import { parentCycle } from './parent-cycle';
import { unknownKind } from './unknown-kind';

export const docRules: readonly RuleModule[] = [
  duplicateId,
  missingParent,
  parentCycle,
  danglingLink,
  invalidValue,
  unknownKind,
];
