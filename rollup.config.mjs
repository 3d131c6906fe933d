// The CMS files, bundled from what `tsc -p tsconfig.build.json` has just written to dist/:
// - dist/ipt-widgets.js: the loader a CMS editor pastes (src/loader.ts), which loads
//   dist/cms/<tag>.js for the tags a page uses; Lit and the core sit in shared chunks
//   that those files import once;
// - dist/ipt-widgets-all.js: everything in one file, for those who want a single file.
// (The per-element modules for npm users are tsc's own output.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Every element folder of src/ defines `ipt-<folder>`; the loader must know each of them. */
const tags = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'core' && existsSync(`src/${d.name}/${d.name}.ts`))
  .map((d) => d.name);
const loaderSource = readFileSync('src/loader.ts', 'utf8');
const missing = tags.filter((name) => !loaderSource.includes(`'ipt-${name}': 'ipt-${name}.js'`));
if (missing.length) throw new Error(`src/loader.ts does not load: ${missing.map((n) => `<ipt-${n}>`).join(', ')}`);

/**
 * Comments and indentation out of the kit's own `css` templates (terser keeps template text
 * as written). Quoted strings and `${…}` parts are left exactly as they are.
 */
function minifyCss() {
  const squeeze = (text) =>
    text
      .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\/\*[^]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,]) ?/g, '$1'),
      )
      .join('');
  return {
    name: 'minify-css',
    transform(code, id) {
      if (/node_modules/.test(id) || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(/\bcss\s*`((?:[^`\\]|\\.)*)`/g, (_, body) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((part, i) => (i % 2 ? part : squeeze(part))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}

/**
 * tsc writes its `__decorate` helper into every module that uses a decorator (one copy in each
 * element file, more in the shared chunk). The bundles import tslib's one copy instead: the
 * same function, so behaviour is unchanged. (npm users keep tsc's own output.)
 */
function sharedDecorate() {
  const helper = /^var __decorate = \(this && this\.__decorate\) \|\| function \(decorators, target, key, desc\) \{\n(?:    .*\n)*?\};\n/m;
  return {
    name: 'shared-decorate',
    transform(code, id) {
      if (/node_modules/.test(id) || !helper.test(code)) return null;
      return { code: code.replace(helper, "import { __decorate } from 'tslib';\n"), map: null };
    },
  };
}

const plugins = () => [
  sharedDecorate(),
  resolve({ exportConditions: ['production'] }),
  minifyCss(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** tsc's decorator helper reads `this` at the top of a module, where it is undefined: expected. */
function onwarn(warning, warn) {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
}

/** A module goes in the shared chunk when this many element files (of tags.length) import it, directly or not. */
const SHARED_BY = tags.length - 2;
const elementEntry = new RegExp(`[\\\\/]dist[\\\\/](${tags.join('|')})[\\\\/]\\1\\.js$`);

/** The element files that import `id`, through static imports only (a dynamic import is fetched later, on its own). */
function usedBy(id, getModuleInfo, seen = new Set(), found = new Set()) {
  if (seen.has(id)) return found;
  seen.add(id);
  const entry = elementEntry.exec(id);
  if (entry) found.add(entry[1]);
  for (const importer of getModuleInfo(id)?.importers ?? []) usedBy(importer, getModuleInfo, seen, found);
  return found;
}

export default [
  {
    input: {
      'ipt-widgets': 'dist/loader.js',
      ...Object.fromEntries(tags.map((name) => [`ipt-${name}`, `dist/${name}/${name}.js`])),
    },
    // A part an element loads on demand (the timeline's forms) imports from the element's
    // own file: that file may export more than the element, rather than become a re-export
    // of a chunk the size check would not see as the element's.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: (chunk) => (chunk.name === 'ipt-widgets' ? '[name].js' : 'cms/[name].js'),
      chunkFileNames: 'cms/[name]-[hash].js',
      // Lit, @lit/context, idb-keyval and the core: one chunk every element file imports.
      // A language's catalog (`strings.es.js`, with the `terms.es.js` / `vocabulary.es.js`
      // it reads) is its own chunk, `cms/<locale>-<element>-<hash>.js`, fetched only by a
      // page that speaks that language.
      manualChunks: (id, { getModuleInfo }) => {
        const catalog = /[\\/]dist[\\/]([\w-]+)[\\/](?:strings|terms|vocabulary)\.([a-z]{2,3}(?:-[a-z0-9]+)?)\.js$/.exec(id);
        if (catalog) return `${catalog[2]}-${catalog[1]}`;
        if (!/[\\/](node_modules|dist[\\/]core)[\\/]/.test(id)) return undefined;
        // What (nearly) every element file needs is one chunk; the rest of Lit and the core
        // (the workbook's context provider, the worksheets' layout, export) goes where rollup
        // puts it by use, so a page with only the picker does not fetch what only the
        // timeline or the workbook needs.
        // Lit's directives stay shared (each is small, and most elements use some), except one
        // that a single element uses: that one goes with the element (`repeat`, `guard`).
        if (/[\\/]lit-html[\\/]directives[\\/]/.test(id)) return usedBy(id, getModuleInfo).size > 1 ? 'shared' : undefined;
        return usedBy(id, getModuleInfo).size >= SHARED_BY ? 'shared' : undefined;
      },
    },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'dist/index.js',
    // One file means every language inside it too.
    output: { file: 'dist/ipt-widgets-all.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
];
