/**
 * The workbook context (`@lit/context`): what an `<ipt-workbook>` shares with the
 * elements inside it. Elements work without one (namespace `default`).
 */
import { createContext, ContextRoot } from '@lit/context';
import type { CrisisContent } from './crisis.js';

/** A person of the client's circle as other elements may use them. */
export interface WorkbookPerson {
  id: string;
  name: string;
  relationship: string;
  ring: number;
  deceased?: boolean;
  /** When they died (YYYY-MM-DD), for a person who has died, when the client gave it. */
  diedOn?: string;
  conflict?: string;
  disputeStage?: string;
}

/** An interpersonal event of the mood timeline as other elements may use it. */
export interface WorkbookLifeEvent {
  id: string;
  date: string;
  title: string;
  kind?: string;
  impact?: number;
  personIds?: string[];
}

/** A new event for the timeline, made from another element (a communication analysis). */
export interface NewLifeEvent {
  /** `YYYY-MM-DD`. */
  date: string;
  title: string;
  /** The timeline's kinds: `conflict`, `loss`, `change`, `connection`, `support`, `other`. */
  kind?: string;
  personIds?: string[];
  personNames?: string[];
}

/** A questionnaire score another element holds (a completed symptom check), for the timeline to draw. */
export interface WorkbookMeasure {
  /** Stable: the symptom-check response id. */
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `PHQ-9` or `GAD-7`, as the timeline names them. */
  instrument: string;
  score: number;
  /** The publishing tag, e.g. `ipt-symptom-check`. */
  source: string;
}

/** A chosen problem area as the picker shares it: the formulation and the ending plan read it. */
export interface WorkbookFocus {
  area: string;
  primary: boolean;
  goals?: readonly { text: string; done?: boolean }[];
}

/** A dated copy of the circle as the circle shares it: the ending plan compares the first and the latest. */
export interface WorkbookSnapshot {
  id: string;
  label?: string;
  /** ISO time. */
  takenAt: string;
  people: readonly { id: string; name: string; ring: number }[];
}

/** A week of mood check-ins, summed up for the other elements. */
export interface WorkbookMoodWeek {
  /** `YYYY-MM-DD`: the first and last day of the week that hold check-ins. */
  from: string;
  to: string;
  /** The average mood of the week's check-ins. */
  average: number;
}

/** The timeline's mood at the start and now (its first and its latest week of check-ins), on its scale. */
export interface WorkbookMoods {
  min: number;
  max: number;
  first: WorkbookMoodWeek;
  latest: WorkbookMoodWeek;
}

/** What elements publish into the workbook for the others. */
export interface WorkbookShared {
  people: readonly WorkbookPerson[];
  lifeEvents: readonly WorkbookLifeEvent[];
  /** Completed questionnaire scores (from `<ipt-symptom-check>`). */
  measures: readonly WorkbookMeasure[];
  /** `YYYY-MM-DD`: when the low mood started, as marked on the timeline. */
  onset?: string;
  /** Mood at the start and now, from the timeline (the ending plan compares them). */
  moods?: WorkbookMoods;
  /** The chosen problem areas, primary first (from `<ipt-problem-area-picker>`). */
  focus?: readonly WorkbookFocus[];
  /** The circle's snapshots, oldest first (from `<ipt-social-circle>`). */
  snapshots?: readonly WorkbookSnapshot[];
  /** The formulation's state for the session plan (from `<ipt-formulation>`): `agreedOn` once the client said it fits. */
  formulation?: { agreedOn?: string };
}

export interface WorkbookContextValue extends WorkbookShared {
  /** The storage namespace: the workbook's `workbook-id`. */
  workbookId: string;
  /** The workbook's `lang`, if it has one. */
  lang: string | undefined;
  /** True when the workbook is `readonly`: every element inside is view-only. */
  readonly: boolean;
  /** The program's crisis content, by language, for every element inside. */
  crisisContent: CrisisContent | undefined;
  /**
   * Publishes shared data (the social circle its people, the timeline its events).
   * `publisher` identifies the publishing element so that two circles merge.
   */
  publish(publisher: object, shared: Partial<WorkbookShared>): void;
  /** Withdraws what a publisher shared (it left the page). */
  withdraw(publisher: object): void;
  /**
   * Adds an event to the timeline that shares its events in this workbook (the event lives
   * in the timeline's own record, which emits its own `ipt-change`), and resolves with its
   * id; `undefined` when no timeline shares events here. A bad event rejects with the
   * timeline's `TypeError`.
   */
  addLifeEvent?(event: NewLifeEvent): Promise<string | undefined>;
  /** True when a timeline shares its events here, so `addLifeEvent` has somewhere to write. */
  canAddLifeEvents?: boolean;
}

export const workbookContext = createContext<WorkbookContextValue>(Symbol.for('ipt-workbook'));

let rootAttached = false;
/**
 * Lets a workbook that is defined after its elements (scripts in any order on a CMS
 * page) still reach them: unanswered context requests are replayed when it appears.
 */
export function ensureContextRoot(): void {
  if (rootAttached || typeof document === 'undefined') return;
  rootAttached = true;
  new ContextRoot().attach(document.documentElement);
}
