/** IPT's own words that more than one element's model uses: written once, pure data. */

/**
 * The stages a role dispute moves through, in IPT's words: both still talking and trying,
 * talking has stopped, beyond repair. The circle records one per person; the picker one
 * per dispute; suggestions read the circle's.
 */
export const DISPUTE_STAGES = ['renegotiation', 'impasse', 'dissolution'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];
