// `npm run size`: min+gzip size of the CMS bundle, of the foundation (Lit, the core and the
// workbook bundled alone) and of each element's own code (bundled with Lit, @lit/context,
// idb-keyval and src/core left out). With --check it fails when any passes its budget.
//
// Budgets: the foundation keeps the 40 KB the kit started with. The all-in-one CMS file
// cannot: four elements in two languages (three wordings for the picker) carry about 15 KB
// gzip of text alone, so it has its own budget, and each element one of its own, so that
// growth shows where it happens. The symptom check added the PHQ-9 and GAD-7, verbatim in
// English and Spanish: the CMS budget went from 85 to 95 KB (89.8 KB measured with it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export const CMS_BUDGET_BYTES = 95 * 1024;
export const FOUNDATION_BUDGET_BYTES = 40 * 1024;
export const ELEMENT_BUDGET_BYTES = 24 * 1024;
const check = process.argv.includes('--check');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync('dist/ipt-widgets.js')) {
  console.error('dist/ipt-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

const bundle = readFileSync('dist/ipt-widgets.js');
const bundleGzip = gzipSync(bundle, { level: 9 }).length;
console.log(`dist/ipt-widgets.js (everything, Lit included): ${kb(bundle.length)} min, ${kb(bundleGzip)} min+gzip (budget ${kb(CMS_BUDGET_BYTES)})`);

const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'core' && existsSync(`src/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

const over = [];
function budget(label, bytes, limit) {
  if (bytes > limit) over.push(`${label} is ${kb(bytes)} min+gzip, over its ${kb(limit)} budget`);
}
budget('dist/ipt-widgets.js', bundleGzip, CMS_BUDGET_BYTES);

async function minified(input, external) {
  const build = await rollup({
    input,
    external,
    plugins: [
      resolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: false, noEmitOnError: false }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.filter((c) => c.type === 'chunk').map((c) => c.code).join('\n');
}

const foundation = await minified('src/workbook/workbook.ts', () => false);
const foundationGzip = gzipSync(foundation, { level: 9 }).length;
console.log(`foundation (Lit, @lit/context, idb-keyval, core, workbook): ${kb(foundation.length)} min, ${kb(foundationGzip)} min+gzip (budget ${kb(FOUNDATION_BUDGET_BYTES)})`);
budget('the foundation', foundationGzip, FOUNDATION_BUDGET_BYTES);

const isShared = (id) => /^(lit|@lit|idb-keyval)/.test(id) || /[\\/]src[\\/]core[\\/]/.test(id) || /\.\.\/core\//.test(id);

for (const name of elements) {
  if (name === 'workbook') continue;
  const code = await minified(`src/${name}/${name}.ts`, isShared);
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`  ${name}: ${kb(code.length)} min, ${kb(gz)} min+gzip (own code; budget ${kb(ELEMENT_BUDGET_BYTES)})`);
  budget(name, gz, ELEMENT_BUDGET_BYTES);
}

if (check && over.length) {
  for (const line of over) console.error(`✗ ${line}.`);
  process.exit(1);
}
