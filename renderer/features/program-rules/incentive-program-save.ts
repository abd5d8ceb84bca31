import { useStore } from 'zustand';
import { useWorkspace } from '../../app/workspace-context';
import { saveFailureOf } from '../../ui/form-state';
import { notify } from '../../ui/notifier';
import { isNewVersion, programChangeToCreate, programToCreate, type IncentiveProgramProposal } from './incentive-program-proposal';
import { versionNumber } from './incentive-program-versions';

/**
 * Saves a reviewed program change: the version it ends, the version itself
 * and its history record, all three or none (one repository transaction).
 * The returned save answers null once saved, or the refusal in words.
 */
export const useSaveProgramVersion = () => {
  const { repo, sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  return async (proposal: IncentiveProgramProposal, reason: string, closedQuartersReached: string[]): Promise<string | null> => {
    const { program, previous, previousEndsOn } = proposal;
    try {
      const saved = await repo.transact(async (writer) => {
        // Measured from the version as the preview read it: a field another device changed meanwhile keeps its change.
        const opened = previous && { opened: previous };
        if (previous && previousEndsOn) await writer.update('incentivePrograms', previous.id, { effectiveTo: previousEndsOn }, opened);
        const made = isNewVersion(proposal)
          ? await writer.create('incentivePrograms', programToCreate(proposal))
          : await writer.update('incentivePrograms', program.id, { name: program.name, effectiveTo: program.effectiveTo, rules: program.rules }, opened);
        await writer.create('ruleChanges', programChangeToCreate(proposal, made, { reason, closedQuartersReached, user }));
        return made;
      });
      notify(`${saved.name} version ${versionNumber(saved)} saved`);
      return null;
    } catch (e) {
      const failure = saveFailureOf(e);
      return failure.message ?? Object.values(failure.fields).join('; ');
    }
  };
};
