// Writes the API tables of README.md from custom-elements.json, so the two cannot drift apart.
// A table lives between `<!-- api:<tag>:<kind> -->` and `<!-- /api -->`; everything outside
// those markers is left as it is. `--check` writes nothing and fails when a table is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const KINDS = {
  attributes: renderAttributes,
  members: renderMembers,
  events: renderEvents,
  parts: (d) => simpleTable(['part', 'what it is'], d.cssParts, (p) => code(p.name)),
  slots: (d) => simpleTable(['slot', 'what goes in it'], d.slots, (s) => (s.name ? code(s.name) : '(default)')),
  cssprops: (d) => simpleTable(['custom property', 'what it sets'], d.cssProperties, (p) => code(p.name)),
};

const manifestPath = 'custom-elements.json';
const readmePath = 'README.md';
const check = process.argv.includes('--check');

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const elements = new Map();
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (decl.customElement && decl.tagName) elements.set(decl.tagName, decl);
  }
}

/** A table cell: one line, and a `|` that does not end the cell. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/(?<!\\)\|/g, '\\|')
    .trim();
}
function code(text) {
  return '`' + text + '`';
}
function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
function simpleTable(head, items, name) {
  if (!items?.length) return '(none)';
  return table(head, [...items].sort(byName).map((i) => [name(i), i.description ?? '']));
}
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/** `'circle' | 'list'` reads as `circle` | `list`; `| undefined` (an optional attribute) is left out. */
function values(typeText) {
  if (!typeText) return '';
  return typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined')
    .map((p) => (/^'[^']*'$/.test(p) ? code(p.slice(1, -1)) : p))
    .join(' | ');
}
function defaultOf(text) {
  if (text === undefined || text === '' || text === 'undefined') return '';
  if (text === 'false') return 'off';
  const quoted = /^(['"`])(.*)\1$/s.exec(text);
  if (quoted) return quoted[2] === '' ? '(empty)' : code(quoted[2]);
  return code(text);
}

function renderAttributes(d) {
  const attrs = d.attributes ?? [];
  if (!attrs.length) return '(none)';
  return table(
    ['attribute', 'values', 'default', 'meaning'],
    attrs.map((a) => [code(a.name), values(a.type?.text), defaultOf(a.default), a.description ?? '']),
  );
}

function isPublic(m) {
  return !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#');
}
function renderMembers(d) {
  const members = (d.members ?? []).filter(isPublic).filter((m) => m.description);
  if (!members.length) return '(none)';
  const seen = new Set();
  const rows = [];
  for (const m of members) {
    if (seen.has(m.name)) continue;
    seen.add(m.name);
    const name = m.kind === 'method' ? `${m.name}(${(m.parameters ?? []).map((p) => p.name + (p.optional || p.default !== undefined ? '?' : '')).join(', ')})` : m.name;
    rows.push([code(name), m.description]);
  }
  return table(['member', 'what it does'], rows);
}

function renderEvents(d) {
  const events = d.events ?? [];
  if (!events.length) return '(none)';
  return table(['event', 'when, and its detail'], events.map((e) => [code(e.name), e.description ?? '']));
}

const marker = /<!-- api:([a-z0-9-]+):([a-z]+) -->\n[\s\S]*?<!-- \/api -->/g;
const readme = readFileSync(readmePath, 'utf8');
const problems = [];
const next = readme.replace(marker, (whole, tag, kind) => {
  const decl = elements.get(tag);
  const render = KINDS[kind];
  if (!decl) problems.push(`no element <${tag}> in ${manifestPath}`);
  if (!render) problems.push(`unknown table kind "${kind}" (known: ${Object.keys(KINDS).join(', ')})`);
  if (!decl || !render) return whole;
  return `<!-- api:${tag}:${kind} -->\n${render(decl)}\n<!-- /api -->`;
});
if (problems.length) {
  for (const p of problems) console.error(`✗ ${readmePath}: ${p}`);
  process.exit(1);
}
if (check) {
  if (next !== readme) {
    console.error(`✗ ${readmePath}: the API tables are not what ${manifestPath} gives: run \`npm run manifest\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${readmePath} API tables are up to date.`);
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log(`${readmePath}: API tables written.`);
} else {
  console.log(`${readmePath}: API tables already up to date.`);
}
