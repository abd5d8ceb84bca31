import { pipelineBonus } from '../pipeline-bonus';
import type { RuleEvaluator } from '../rule-context';

export const evaluateSourcedPipelineBonus: RuleEvaluator<'sourced-pipeline-bonus'> = (rule, context) =>
  pipelineBonus('sourced', 'Sourced pipeline bonus', rule, context);
