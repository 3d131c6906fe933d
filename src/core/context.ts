/**
 * The workbook context (`@lit/context`): what an `<ipt-workbook>` shares with the
 * elements inside it. Elements work without one (namespace `default`).
 */
import { createContext, ContextRoot } from '@lit/context';

/** A person of the client's circle as other elements may use them. */
export interface WorkbookPerson {
  id: string;
  name: string;
  relationship: string;
  ring: number;
  deceased?: boolean;
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

/** What elements publish into the workbook for the others. */
export interface WorkbookShared {
  people: readonly WorkbookPerson[];
  lifeEvents: readonly WorkbookLifeEvent[];
}

export interface WorkbookContextValue extends WorkbookShared {
  /** The storage namespace: the workbook's `workbook-id`. */
  workbookId: string;
  /** The workbook's `lang`, if it has one. */
  lang: string | undefined;
  /** True when the workbook is `readonly`: every element inside is view-only. */
  readonly: boolean;
  /**
   * Publishes shared data (the social circle its people, the timeline its events).
   * `publisher` identifies the publishing element so that two circles merge.
   */
  publish(publisher: object, shared: Partial<WorkbookShared>): void;
  /** Withdraws what a publisher shared (it left the page). */
  withdraw(publisher: object): void;
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
