// The manifest is generated from the JSDoc and types in src/ and committed; `npm test` fails
// when it is stale. The plugins below make it a manifest tools can trust: attribute values as
// literal unions, typed events, `lang` on every element, paths into the published dist/, and
// only the public API of the elements (no internals, no helper modules).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/strings.ts', 'src/**/*.test.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  packagejson: false,
  plugins: [literalUnions(), constantDefaults(), typedEvents(), langEverywhere(), publicOnly(), publishedPaths(), sortModules()],
};

/**
 * `rings = DEFAULT_RINGS` would give "DEFAULT_RINGS" as the default in editors and the
 * README: write the constant's value (`3`) instead, and `15_000` as `15000`.
 */
function constantDefaults() {
  const constants = {};
  const plain = (text) => (/^\d[\d_]*(\.\d+)?$/.test(text) ? text.replaceAll('_', '') : text);
  return {
    name: 'constant-defaults',
    collectPhase({ ts, node }) {
      if (!ts.isVariableDeclaration(node) || !node.initializer || !ts.isIdentifier(node.name)) return;
      if (!(node.parent.flags & ts.NodeFlags.Const)) return;
      let init = node.initializer;
      if (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init)) init = init.expression;
      if (ts.isNumericLiteral(init) || ts.isStringLiteral(init)) constants[node.name.text] = init.getText();
    },
    packageLinkPhase({ customElementsManifest }) {
      const fix = (item) => {
        if (typeof item.default !== 'string') return;
        item.default = plain(constants[item.default] ?? item.default);
      };
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) fix(item);
        }
      }
    },
  };
}

/**
 * `persist: PersistMode` offers "PersistMode" as a value in editors: resolve every alias of
 * string literals (`type X = 'a' | 'b'`, `(typeof XS)[number]` of an `as const` array)
 * into the union itself.
 */
function literalUnions() {
  // lib.dom aliases the kit's attributes use
  const aliases = { RequestCredentials: "'omit' | 'same-origin' | 'include'" };
  const constArrays = {};
  const pendingIndexed = {};
  return {
    name: 'literal-unions',
    collectPhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isAsExpression(node.initializer)) {
        const arr = node.initializer.expression;
        if (ts.isArrayLiteralExpression(arr) && arr.elements.every((e) => ts.isStringLiteral(e))) {
          constArrays[node.name.getText()] = arr.elements.map((e) => `'${e.text}'`).join(' | ');
        }
      }
      if (!ts.isTypeAliasDeclaration(node)) return;
      const name = node.name.text;
      const type = node.type;
      const literals = ts.isUnionTypeNode(type) ? type.types : [type];
      if (literals.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
        aliases[name] = literals.map((t) => `'${t.literal.text}'`).join(' | ');
        return;
      }
      const m = /^\(typeof (\w+)\)\[number\]$/.exec(type.getText());
      if (m) pendingIndexed[name] = m[1];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const [name, array] of Object.entries(pendingIndexed)) if (constArrays[array]) aliases[name] = constArrays[array];
      const resolve = (text) =>
        text
          .split('|')
          .map((part) => part.trim())
          .map((part) => aliases[part] ?? part)
          .join(' | ');
      for (const d of elements(customElementsManifest)) {
        for (const item of [...(d.attributes ?? []), ...(d.members ?? [])]) {
          if (item.type?.text) item.type.text = resolve(item.type.text);
        }
      }
    },
  };
}

/**
 * Events with their type, so generated JSX and Vue typings get `detail`: `ipt-change` of a
 * `PersistentElement<S, O, C>` is `IptChangeEvent<S, C>`; every other `ipt-` event takes the
 * type it is declared with on `HTMLElementEventMap` / `GlobalEventHandlersEventMap` in src/.
 */
function typedEvents() {
  const eventTypes = {};
  const changeTypes = {};
  const stateTypes = {};
  return {
    name: 'typed-events',
    collectPhase({ ts, node }) {
      if (ts.isInterfaceDeclaration(node) && /^(HTMLElementEventMap|GlobalEventHandlersEventMap)$/.test(node.name.text)) {
        for (const m of node.members) {
          if (ts.isPropertySignature(m) && m.type) eventTypes[m.name.getText().replace(/['"]/g, '')] = m.type.getText();
        }
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const base = node.heritageClauses?.[0]?.types?.[0];
        if (base && base.expression.getText() === 'PersistentElement' && base.typeArguments?.length) {
          const args = base.typeArguments.map((t) => t.getText());
          changeTypes[node.name.text] = args[2] ? `IptChangeEvent<${args[0]}, ${args[2]}>` : `IptChangeEvent<${args[0]}>`;
          stateTypes[node.name.text] = args[3] ?? args[0];
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const d of elements(customElementsManifest)) {
        for (const e of d.events ?? []) {
          const text = e.name === 'ipt-change' && changeTypes[d.name] ? changeTypes[d.name] : eventTypes[e.name];
          if (text && !e.type?.text) e.type = { text };
        }
        // `state` is declared on the generic base as `S`: name the element's own (input) type
        const state = (d.members ?? []).find((m) => m.name === 'state');
        if (state && stateTypes[d.name]) state.type = { text: stateTypes[d.name] };
      }
    },
  };
}

/** `lang` works on every element (own or inherited from the page), so editors should offer it everywhere. */
function langEverywhere() {
  return {
    name: 'lang-everywhere',
    packageLinkPhase({ customElementsManifest }) {
      for (const d of elements(customElementsManifest)) {
        d.attributes ??= [];
        if (d.attributes.some((a) => a.name === 'lang')) continue;
        d.attributes.push({
          name: 'lang',
          type: { text: "'en' | 'es' | string" },
          description:
            'Language of the text: `en` or `es` (others fall back to English). Taken from the nearest ancestor with `lang` (the workbook, the page) when not set here.',
        });
      }
    },
  };
}

/**
 * Only what a host can use: the custom elements, without private or protected members,
 * static plumbing (`attributeRules`, `model`, `styles`) or the record-hub callbacks, and
 * without the 40 helper modules, whose functions are not the package's API.
 */
function publicOnly() {
  const internal = (m) =>
    m.privacy === 'private' || m.privacy === 'protected' || m.static || /^hub[A-Z]/.test(m.name) || /^[#~]/.test(m.name);
  return {
    name: 'public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
        const names = new Set(mod.declarations.map((d) => d.name));
        mod.exports = (mod.exports ?? []).filter(
          (x) => x.kind === 'custom-element-definition' || names.has(x.declaration?.name ?? x.name),
        );
        for (const d of mod.declarations) d.members = (d.members ?? []).filter((m) => !internal(m));
      }
      customElementsManifest.modules = customElementsManifest.modules.filter((m) => m.declarations.length > 0);
    },
  };
}

/** `src/x.ts` is not shipped: point every path at the published `dist/x.js` (its typings are `dist/x.d.ts`). */
function publishedPaths() {
  const fix = (value) => (typeof value === 'string' ? value.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js') : value);
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if ((key === 'path' || key === 'module') && typeof node[key] === 'string') node[key] = fix(node[key]);
        else walk(node[key]);
      }
    }
  };
  return {
    name: 'published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

/**
 * The analyzer lists modules in file-system order, which differs between checkouts: sort
 * them, so a fresh clone generates the same manifest byte for byte.
 */
function sortModules() {
  return {
    name: 'sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

function elements(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
}
