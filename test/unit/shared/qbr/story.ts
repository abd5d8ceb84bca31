import type { Activity, BusinessPlan, Commitment, Opportunity, Partner } from '../../../../shared/domain';
import { activitySchema, businessPlanSchema, commitmentSchema } from '../../../../shared/domain';
import type { QbrSources } from '../../../../shared/qbr';
import { usd } from '../../../support/records';
import { demo, demoPartner, workspace } from './demo';

/**
 * A demo partner with the quarter's story told in full: an agreed joint plan
 * for 2026-H2, visits in 2026-Q3 marked to share (and one internal note that
 * must never reach the partner), commitments made this quarter and for the
 * next. Built here, over the demo workspace, so the pack tests do not hang on
 * what the demo generator happens to make.
 */
export const INTERNAL_NOTE = 'Internal only: margin concern, consider cutting their MDF';
export const SHARED_NOTE = 'Agreed to run two joint account plans for the manufacturing accounts.';

const sync = (id: string, partner: Partner) => ({ id, territoryId: partner.territoryId, updatedAt: '2026-09-20T10:00:00.000Z', deleted: false });

export const storyPlan = (partner: Partner): BusinessPlan =>
  businessPlanSchema.parse({
    ...sync(`plan-${partner.id}`, partner),
    partnerId: partner.id,
    period: '2026-H2',
    version: 1,
    revisesPlanId: null,
    status: 'agreed',
    agreement: { vendorName: 'Dana Vendor', partnerName: 'Sam Partner', agreedOn: '2026-07-10' },
    objectives: [
      { id: 'obj-revenue', kind: 'partner-sourced-revenue', title: 'Partner-sourced revenue', certificationProgramId: null, target: usd(400_000), weight: 40, ownerSide: 'partner', manualActual: null },
      { id: 'obj-pipeline', kind: 'influenced-pipeline', title: 'Influenced pipeline', certificationProgramId: null, target: usd(600_000), weight: 20, ownerSide: 'joint', manualActual: null },
      { id: 'obj-deals', kind: 'won-deals', title: 'Deals won together', certificationProgramId: null, target: 6, weight: 15, ownerSide: 'joint', manualActual: null },
      { id: 'obj-certified', kind: 'certified-people', title: 'Certified presales engineers', certificationProgramId: demo.records.certificationPrograms[0]!.id, target: 4, weight: 15, ownerSide: 'partner', manualActual: null },
      { id: 'obj-custom', kind: 'custom', title: 'Executive sponsor named', certificationProgramId: null, target: 1, weight: 10, ownerSide: 'partner', manualActual: null },
    ],
  });

const activity = (partner: Partner, id: string, occurredAt: string, subject: string, notes: string, shared: boolean | undefined): Activity =>
  activitySchema.parse({ ...sync(id, partner), partnerId: partner.id, kind: 'visit', occurredAt, authorUserId: partner.ownerUserId, subject, notes, ...(shared === undefined ? {} : { sharedWithPartner: shared }) });

const commitment = (partner: Partner, id: string, quarter: string, description: string, dueOn: string, status: Commitment['status'], activityId: string | null): Commitment =>
  commitmentSchema.parse({ ...sync(id, partner), partnerId: partner.id, quarter, description, ownerSide: id.endsWith('v') ? 'vendor' : 'partner', ownerName: id.endsWith('v') ? 'Dana Vendor' : 'Sam Partner', dueOn, status, activityId });

export interface Story {
  partner: Partner;
  plan: BusinessPlan;
  sources: QbrSources;
}

/** The demo reseller with the story added to the whole workspace. */
export const storyOf = (partner: Partner = demoPartner('reseller')): Story => {
  const plan = storyPlan(partner);
  const visit = `visit-${partner.id}`;
  const activities = [
    activity(partner, visit, '2026-08-12T14:00:00.000Z', 'Joint account planning session', SHARED_NOTE, true),
    activity(partner, `call-${partner.id}`, '2026-09-03T09:00:00.000Z', 'Forecast call', 'Two renewals likely to close before quarter end.', true),
    activity(partner, `note-${partner.id}`, '2026-09-05T09:00:00.000Z', 'Account review (internal)', INTERNAL_NOTE, undefined),
  ];
  const commitments = [
    commitment(partner, `c1-${partner.id}v`, '2026-Q3', 'Provide a sandbox tenant for the joint demo', '2026-08-30', 'done', visit),
    commitment(partner, `c2-${partner.id}p`, '2026-Q3', 'Register the two manufacturing opportunities', '2026-09-15', 'missed', visit),
    commitment(partner, `c3-${partner.id}p`, '2026-Q4', 'Name an executive sponsor for the partnership', '2026-10-31', 'open', null),
    commitment(partner, `c4-${partner.id}v`, '2026-Q4', 'Run the joint webinar for existing customers', '2026-11-20', 'open', null),
  ];
  return {
    partner,
    plan,
    sources: {
      ...workspace,
      businessPlans: [...workspace.businessPlans.filter((p) => p.partnerId !== partner.id), plan],
      activities: [...workspace.activities.filter((a) => a.partnerId !== partner.id), ...activities],
      commitments: [...workspace.commitments.filter((c) => c.partnerId !== partner.id), ...commitments],
    },
  };
};

/** The same partner with none of its deals: a quarter with nothing sold together. */
export const withoutDeals = (story: Story): QbrSources => ({
  ...story.sources,
  opportunities: story.sources.opportunities.filter((o: Opportunity) => o.partnerId !== story.partner.id),
});

