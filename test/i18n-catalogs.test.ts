// Every catalog the kit registers, checked as a whole: the package root defines every
// element, so an element added later is covered as soon as it registers its strings.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { loadAllStrings, registeredCatalogs } from '../src/core/i18n.js';

/**
 * Forms of Spain's Spanish that the kit's one neutral (US / Latin-American) voice never
 * uses: *vosotros* and its verb forms and possessives, *vosotros* imperatives, the idiom
 * "echar de menos" (*extrañar*), and key names as printed on Spanish keyboards (the kit
 * names the keys of US keyboards: Enter, Delete, Page Up, Page Down).
 */
/** Whole words (JavaScript's `\b` treats ñ and accented letters as boundaries: "años" would match "os"). */
const words = (list: string, flags = 'iu') => new RegExp(`(?<!\\p{L})(${list})(?!\\p{L})`, flags);

const PENINSULAR: [RegExp, string][] = [
  [words('vosotros|vosotras|vuestro|vuestra|vuestros|vuestras|os'), 'vosotros (use ustedes)'],
  [words('habéis|sabéis|estáis|tenéis|podéis|queréis|sois|hacéis|decís|vais|veis|seréis|tendréis|hablasteis|dejasteis'), 'a vosotros verb form'],
  [words('\\p{L}+(?:áis|éis)'), 'a vosotros verb ending'],
  [words('añadid|agregad|guardad|elegid|escribid|mirad|pulsad|haced|decid|venid|quitad|cambiad|probad|sentaos|acordaos|fijaos'), 'a vosotros imperative'],
  [words('ech\\p{L}* de menos'), '"echar de menos" (use extrañar)'],
  [words('añad\\p{L}*'), '"añadir" (use agregar)'],
  [words('sucesos?'), '"suceso" (use acontecimiento)'],
  [words('Intro|Re ?Pág|Av ?Pág|Suprimir|Retroceso', 'u'), 'a Spanish-keyboard key name (use the US key name)'],
];

// A few words end in -áis/-éis without being vosotros forms; none is in the kit today.
const NOT_VOSOTROS = words('país|maíz|raíz|seis|veintiséis|dieciséis', 'giu');

function peninsularFaults(text: string): string[] {
  const clean = text.replace(NOT_VOSOTROS, '');
  return PENINSULAR.filter(([re]) => re.test(clean)).map(([, why]) => why);
}

describe('string catalogs of the kit', () => {
  let catalogs: Record<string, Record<string, string>> = {};
  // Spanish (and any other language) loads on demand: fetch every lazy catalog first, so
  // every key of every language is checked, not only what this page happened to load.
  before(async () => {
    await loadAllStrings();
    catalogs = registeredCatalogs();
  });

  it('registers English and Spanish for every element of the package', () => {
    const en = Object.keys(catalogs.en ?? {});
    // Every element's prefix is there (a new element's too, once it registers).
    const prefixes = new Set(en.map((k) => k.split('.')[0]));
    for (const prefix of ['core', 'crisis', 'circle', 'picker', 'mood', 'sync', 'symptom']) expect(prefixes, prefix).to.include(prefix);
    expect(Object.keys(catalogs.es ?? {}).length).to.be.greaterThan(0);
  });

  it('has a Spanish twin for every English key, none empty, with the same placeholders', () => {
    const en = catalogs.en!;
    const es = catalogs.es!;
    const missing = Object.keys(en).filter((k) => !(k in es));
    expect(missing, 'English keys without Spanish').to.deep.equal([]);
    const extra = Object.keys(es).filter((k) => !(k in en));
    expect(extra, 'Spanish keys without English').to.deep.equal([]);
    const params = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort().join();
    for (const [k, text] of Object.entries(es)) {
      expect(text.trim(), k).to.not.equal('');
      expect(params(text), k).to.equal(params(en[k]!));
    }
  });

  it('speaks one neutral Spanish: no Peninsular forms in any es catalog', () => {
    const faults: string[] = [];
    for (const [locale, entries] of Object.entries(catalogs)) {
      if (locale !== 'es' && !locale.startsWith('es-')) continue;
      for (const [k, text] of Object.entries(entries)) {
        for (const why of peninsularFaults(text)) faults.push(`${locale} ${k}: ${why}: ${text}`);
      }
    }
    expect(faults).to.deep.equal([]);
  });

  it('catches each Peninsular form it is meant to catch (the check itself can fail)', () => {
    const bad = [
      'Los dos sabéis que no estáis de acuerdo y todavía lo habláis.',
      'Habéis dejado de hablarlo.',
      'Con qué frecuencia tenéis contacto',
      'Si no estáis de acuerdo, ¿en qué punto está?',
      '¿Qué has perdido o qué echas de menos?',
      'Añadid a vuestra familia.',
      'Intro abre sus datos y Suprimir la quita.',
      'Más o Re Pág acercan a la persona, menos o Av Pág la alejan.',
    ];
    for (const text of bad) expect(peninsularFaults(text), text).to.not.deep.equal([]);
    const good = [
      'Los dos saben que no están de acuerdo y todavía lo hablan.',
      'Enter abre sus datos y Delete la quita.',
      '¿Qué perdiste o qué extrañas?',
      'Seis personas en tu círculo, en tu país.',
    ];
    for (const text of good) expect(peninsularFaults(text), text).to.deep.equal([]);
  });
});
