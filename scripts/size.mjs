// `npm run size`: min+gzip size of the CMS bundle and of each element's own code
// (the element bundled alone, with Lit, @lit/context, idb-keyval and src/core left out).
// With --check it fails when the CMS bundle passes its budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export const CMS_BUDGET_BYTES = 40 * 1024;
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

const isShared = (id) => /^(lit|@lit|idb-keyval)/.test(id) || /[\\/]src[\\/]core[\\/]/.test(id) || /\.\.\/core\//.test(id);

for (const name of elements) {
  const build = await rollup({
    input: `src/${name}/${name}.ts`,
    external: isShared,
    plugins: [
      resolve(),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: false, noEmitOnError: false }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  const code = output.filter((c) => c.type === 'chunk').map((c) => c.code).join('\n');
  console.log(`  ${name}: ${kb(code.length)} min, ${kb(gzipSync(code, { level: 9 }).length)} min+gzip (own code)`);
  await build.close();
}

if (check && bundleGzip > CMS_BUDGET_BYTES) {
  console.error(`✗ The CMS bundle is ${kb(bundleGzip)} min+gzip, over its ${kb(CMS_BUDGET_BYTES)} budget.`);
  process.exit(1);
}
