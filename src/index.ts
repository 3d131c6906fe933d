/**
 * The package root: every element, defined on import, and the public types.
 * `dist/ipt-widgets.js` (the file CMS editors paste) is this module bundled with Lit.
 */
export * from './core/public.js';
export { IptWorkbook } from './workbook/workbook.js';
export { IptSocialCircle } from './social-circle/social-circle.js';
export type { Person, Snapshot, SocialCircleState, Comparison } from './social-circle/model.js';
export { IptProblemAreaPicker } from './problem-area-picker/problem-area-picker.js';
export { IptMoodTimeline } from './mood-timeline/mood-timeline.js';
export { IptSymptomCheck } from './symptom-check/symptom-check.js';
export type { SymptomCheckState, SymptomResponse, SymptomCheckChangeEvent } from './symptom-check/symptom-check.js';
export { IptFormulation } from './formulation/formulation.js';
export type { FormulationState, FormulationChangeEvent } from './formulation/formulation.js';
export { IptSessionPlan } from './session-plan/session-plan.js';
export type { SessionPlanState, Session, Phase, SessionPlanChangeEvent } from './session-plan/session-plan.js';
export { IptEndingPlan } from './ending-plan/ending-plan.js';
export type { EndingPlanState, EndingPlanChangeEvent } from './ending-plan/ending-plan.js';
export { IptCommunicationAnalysis } from './communication-analysis/communication-analysis.js';
export type { CommunicationState, Analysis, CommunicationAnalysisChangeEvent } from './communication-analysis/communication-analysis.js';
export { IptDecisionAnalysis } from './decision-analysis/decision-analysis.js';
export type { DecisionState, Decision, DecisionOption, DecisionAnalysisChangeEvent } from './decision-analysis/decision-analysis.js';
export { IptSync } from './sync/sync.js';
export type {
  SyncStatus,
  SyncBatch,
  SyncTransport,
  SyncTransportResult,
  SyncHeaders,
  SyncTransform,
  IptSyncStatusDetail,
  DeliveryEvent,
  ChangeDeliveryEvent,
  RiskDeliveryEvent,
  DeliveryDiff,
  DeadLetter,
} from './sync/sync.js';
