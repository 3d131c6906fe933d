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

const plugins = () => [resolve({ exportConditions: ['production'] }), terser({ ecma: 2022, module: true, format: { comments: false } })];

/** tsc's decorator helper reads `this` at the top of a module, where it is undefined: expected. */
function onwarn(warning, warn) {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
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
      manualChunks: (id) => {
        const catalog = /[\\/]dist[\\/]([\w-]+)[\\/](?:strings|terms|vocabulary)\.([a-z]{2,3}(?:-[a-z0-9]+)?)\.js$/.exec(id);
        if (catalog) return `${catalog[2]}-${catalog[1]}`;
        // the worksheets' shared layout is core code only the arc's three elements use: a chunk of its own
        if (/[\\/]worksheet\.styles\.js$/.test(id)) return undefined;
        return /[\\/](node_modules|dist[\\/]core)[\\/]/.test(id) ? 'shared' : undefined;
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
