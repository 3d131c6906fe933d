/**
 * The crisis path: the host's crisis content ("who to call, where to go"), one tap away
 * wherever a person writes or rates. The host sets it once per workbook (or per element),
 * in HTML (`<template slot="crisis" lang="en">…</template>`) or by property, per language.
 * Without it the kit shows a generic line and says once what to set.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { emit } from './events.js';

/**
 * Language tag -> the host's crisis content: an HTML string (the host's own, trusted: it is
 * rendered as HTML) or a `<template>`. The key `""` stands for any language.
 */
export type CrisisContent = Record<string, string | HTMLTemplateElement>;

/** What `CrisisController` reads from its element. */
export interface CrisisAccess {
  /** The element's own crisis content, set by property. */
  own(): CrisisContent | undefined;
  /** What the enclosing workbook shares, if any. */
  workbook(): CrisisContent | undefined;
  /** The language the element speaks now. */
  lang(): string;
  /** A string of the catalogs in the element's language. */
  t(key: string): string;
  storageKey(): string;
}

type CrisisHost = ReactiveControllerHost & HTMLElement;

/** `<template slot="crisis" lang="…">` children of an element, by language. */
export function crisisTemplates(element: Element): CrisisContent | undefined {
  let found: CrisisContent | undefined;
  for (const child of Array.from(element.children)) {
    if (child instanceof HTMLTemplateElement && child.getAttribute('slot') === 'crisis') {
      found ??= {};
      found[(child.getAttribute('lang') ?? '').trim().toLowerCase()] = child;
    }
  }
  return found;
}

/** The content for a language: exact tag, then its base language, then any language, then the first given. */
export function pickCrisisContent(content: CrisisContent | undefined, lang: string): string | HTMLTemplateElement | undefined {
  if (!content) return undefined;
  const entries = Object.entries(content).filter(([, value]) => value !== undefined && value !== null && value !== '');
  if (entries.length === 0) return undefined;
  const byLang = new Map(entries.map(([key, value]) => [key.trim().toLowerCase().replace(/_/g, '-'), value]));
  const wanted = lang.trim().toLowerCase().replace(/_/g, '-');
  return byLang.get(wanted) ?? byLang.get(wanted.split('-')[0]) ?? byLang.get('') ?? byLang.get('en') ?? entries[0][1];
}

let warnedMissing = false;

/** For tests: lets the "no crisis content" warning be given again. */
export function resetCrisisWarning(): void {
  warnedMissing = false;
}

let nextId = 0;

/**
 * Renders the crisis link and panel of one element and remembers whether the person opened
 * it. Every kit element has one (`this.crisis`); elements that take free text or a rating put
 * `this.crisis.link()` beside their form.
 */
export class CrisisController implements ReactiveController {
  /** Whether the person opened the "Need help now?" link. */
  open = false;
  private readonly id = `ipt-crisis-${++nextId}`;
  private checkQueued = false;

  constructor(
    private readonly host: CrisisHost,
    private readonly access: CrisisAccess,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The content this element shows now: its own property, its own templates, its workbook's. */
  content(): string | HTMLTemplateElement | undefined {
    const lang = this.access.lang();
    return (
      pickCrisisContent(this.access.own(), lang) ??
      pickCrisisContent(crisisTemplates(this.host), lang) ??
      pickCrisisContent(this.access.workbook(), lang)
    );
  }

  /** True when the host configured crisis content that reaches this element. */
  get configured(): boolean {
    return this.content() !== undefined;
  }

  /** The unobtrusive "Need help now?" disclosure: a button that reveals the crisis content. */
  link(): TemplateResult {
    const panelId = `${this.id}-panel`;
    return html`<div class="crisis" part="crisis">
      <button
        type="button"
        class="crisis-link"
        part="crisis-link"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => this.toggle()}
      >
        ${this.access.t('crisis.link')}
      </button>
      <div id=${panelId} class="crisis-panel" part="crisis-panel" ?hidden=${!this.open}>
        ${this.open ? this.body() : nothing}
      </div>
    </div>`;
  }

  /**
   * The crisis content shown open, in place: after a PHQ-9 item 9 answer above 0 or a run of
   * low days. `lead` is the element's own calm line above it, announced politely.
   */
  panel(options: { lead?: string } = {}): TemplateResult {
    return html`<div class="crisis crisis-open" part="crisis crisis-open" role="region" aria-label=${this.access.t('crisis.region')}>
      ${options.lead ? html`<p class="crisis-lead" role="status">${options.lead}</p>` : nothing} ${this.body()}
    </div>`;
  }

  private toggle(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }

  private body(): TemplateResult {
    const content = this.content();
    if (content === undefined) {
      this.queueMissingCheck();
      return html`<p class="crisis-generic">${this.access.t('crisis.generic')}</p>`;
    }
    if (typeof content === 'string') return html`<div class="crisis-content">${unsafeHTML(content)}</div>`;
    return html`<div class="crisis-content">${content.content.cloneNode(true)}</div>`;
  }

  /**
   * A workbook defined after its elements shares its content a little later: warn only if
   * the content is still missing once this element has settled.
   */
  private queueMissingCheck(): void {
    if (warnedMissing || this.checkQueued) return;
    this.checkQueued = true;
    void this.host.updateComplete.then(() =>
      setTimeout(() => {
        this.checkQueued = false;
        if (warnedMissing || this.configured || !this.host.isConnected) return;
        warnedMissing = true;
        const message =
          'no crisis content is set, so a generic line is shown. Put <template slot="crisis" lang="en">…</template> ' +
          '(one per language) inside <ipt-workbook>, or set its crisisContent property, with your program\'s crisis numbers and services.';
        console.warn(`[ipt-widgets] <${this.host.localName}> crisis-content-missing: ${message}`);
        emit(this.host, 'ipt-error', {
          source: this.host.localName,
          storageKey: this.access.storageKey(),
          code: 'crisis-content-missing',
          message,
        });
        this.host.requestUpdate();
      }, 0),
    );
  }
}

/** Styles of the crisis link and panel; part of every element's base styles. */
export const crisisStyles = css`
  .crisis {
    margin-block: calc(var(--_space) * 1.5);
  }
  .crisis-link {
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0.125rem 0.25rem;
    border: none;
    background: none;
    color: var(--_color-accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .crisis-panel:not([hidden]),
  .crisis-open {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .crisis-lead {
    margin-block: 0 var(--_space);
    font-weight: 600;
  }
  .crisis-content > :first-child,
  .crisis-generic {
    margin-block-start: 0;
  }
  .crisis-content > :last-child,
  .crisis-generic {
    margin-block-end: 0;
  }
  .crisis-content a {
    color: var(--_color-accent);
  }
`;
