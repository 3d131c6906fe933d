/**
 * The four problem areas in the three wordings programs use, in English and Spanish:
 * - `clinical`: the IPT manual's terms, except that the client-facing name of
 *   interpersonal deficits leads with "social isolation" (as the 2018 Guide's chapter
 *   title does) and keeps the manual's term in brackets: clients read it, and "deficits"
 *   alone blames them;
 * - `lay`: adapted from the WHO Group IPT lay terms (grief, disputes open or hidden,
 *   life changes, loneliness and social isolation), the default;
 * - `adolescent`: IPT-A wording for young people.
 * Every description is plain language whatever the wording: clients read all three.
 * Flattened into the catalog as `picker.terms.<wording>.<area>.<name|desc|ex1..ex3>`.
 * The dispute stages' words live in `core/vocabulary.ts`, shared with the circle.
 */
import type { Area } from './model.js';

export const WORDINGS = ['clinical', 'lay', 'adolescent'] as const;
export type Wording = (typeof WORDINGS)[number];
export const DEFAULT_WORDING: Wording = 'lay';

interface AreaText {
  name: string;
  desc: string;
  examples: [string, string] | [string, string, string];
}

interface WordingText {
  areas: Record<Area, AreaText>;
}

/** The four areas in the three wordings, in one language. */
export type WordingTerms = Record<Wording, WordingText>;

/** English; other languages sit beside it (`terms.es.ts`), loaded with their catalog. */
export const terms: { en: WordingTerms } = {
  en: {
    clinical: {
      areas: {
        grief: {
          name: 'Grief',
          desc: 'Low mood that began or got worse after the death of someone important to you, where mourning feels stuck, delayed or too heavy to carry.',
          examples: [
            'A parent died last year and I still can’t talk about it.',
            'Since my partner died I have stopped doing the things we did together.',
            'I didn’t really grieve when my friend died, and now it all comes back.',
          ],
        },
        'role-dispute': {
          name: 'Role dispute',
          desc: 'You and someone important to you expect different things of each other, and the disagreement is weighing on you.',
          examples: [
            'My partner and I keep arguing about housework and money.',
            'My adult son expects me to look after his children every day.',
            'My manager and I disagree about what my job should be.',
          ],
        },
        'role-transition': {
          name: 'Role transition',
          desc: 'A change in your life that has been hard to adjust to. Even changes you wanted can bring losses.',
          examples: [
            'I lost my job, or started a new one.',
            'I moved to a new city or country.',
            'I became a parent, retired, or was told I have an illness.',
          ],
        },
        'interpersonal-deficits': {
          name: 'Social isolation (interpersonal deficits)',
          desc: 'Loneliness and having few close relationships, when none of the other areas fits.',
          examples: [
            'I don’t have anyone I can really talk to.',
            'Relationships tend to fade out, and I’m not sure why.',
          ],
        },
      },
    },
    lay: {
      areas: {
        grief: {
          name: 'Grief',
          desc: 'Feeling low since someone close to you died, and finding it hard to live with the loss.',
          examples: [
            'My mother died and I can’t stop thinking about her.',
            'Since my husband died I don’t want to see anyone.',
            'I never had the chance to say goodbye.',
          ],
        },
        'role-dispute': {
          name: 'Disagreements',
          desc: 'Ongoing disagreements with someone important to you, like a partner, a relative, a friend or someone at work, or a problem between you that you have stopped talking about.',
          examples: [
            'My partner and I argue about money all the time.',
            'My sister and I have stopped speaking.',
            'My boss expects more than I can give.',
          ],
        },
        'role-transition': {
          name: 'Life changes',
          desc: 'A big change in your life that has been hard to get used to, even if it was a change you wanted.',
          examples: [
            'I lost my job, or started a new one.',
            'I moved house, or my children left home.',
            'I had a baby, retired, or found out I am ill.',
          ],
        },
        'interpersonal-deficits': {
          name: 'Loneliness and social isolation',
          desc: 'Feeling alone, or having few people to be close to or share things with.',
          examples: [
            'I don’t have anyone to talk to when things are hard.',
            'I find it hard to make friends or keep them.',
          ],
        },
      },
    },
    adolescent: {
      areas: {
        grief: {
          name: 'Losing someone',
          desc: 'Feeling down since someone you cared about died, missing them a lot, and finding it hard to get back to your life since.',
          examples: [
            'My grandma died and I think about her every day.',
            'A friend died and nobody at school talks about it.',
          ],
        },
        'role-dispute': {
          name: 'Fights and disagreements',
          desc: 'Arguing or not getting along with someone who matters to you, like a parent, a friend or a teacher.',
          examples: [
            'My parents and I fight about curfew and my phone.',
            'My best friend and I had a falling-out.',
            'My dad expects me to get top grades and I can’t.',
          ],
        },
        'role-transition': {
          name: 'Big changes',
          desc: 'Something in your life changed and it has been hard to deal with.',
          examples: [
            'I started a new school, or moved to a new town.',
            'My parents split up.',
            'I broke up with someone, or found out I have a health problem.',
          ],
        },
        'interpersonal-deficits': {
          name: 'Feeling alone',
          desc: 'Feeling lonely, or finding it hard to make friends or feel close to people.',
          examples: [
            'I eat lunch on my own most days.',
            'I don’t really have anyone I can talk to.',
          ],
        },
      },
    },
  },
};

/** The wordings as flat catalog entries, merged into `strings`. */
export function flattenTerms(language: WordingTerms): Record<string, string> {
  const out: Record<string, string> = {};
  for (const wording of WORDINGS) {
    const text = language[wording];
    for (const [area, t] of Object.entries(text.areas)) {
      const base = `picker.terms.${wording}.${area}`;
      out[`${base}.name`] = t.name;
      out[`${base}.desc`] = t.desc;
      t.examples.forEach((ex, i) => (out[`${base}.ex${i + 1}`] = ex));
    }
  }
  return out;
}

/**
 * How many examples an area has in a wording (2 or 3), so the element knows which keys
 * exist. Every language has as many as English (the picker's model test checks it).
 */
export function exampleCount(_lang: string, wording: Wording, area: Area): number {
  return terms.en[wording].areas[area].examples.length;
}
