import { pipelineBonus } from '../pipeline-bonus';
import type { RuleEvaluator } from '../rule-context';

export const evaluateCoSellPipelineBonus: RuleEvaluator<'co-sell-pipeline-bonus'> = (rule, context) =>
  pipelineBonus('co-sell', 'Co-sell pipeline bonus', rule, context);
