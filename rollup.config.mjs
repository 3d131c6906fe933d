// The CMS bundle: one minified ES module with Lit inside that defines every element on load.
// (The per-element modules for npm users are emitted by `tsc -p tsconfig.build.json`.)
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/ipt-widgets.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
