// Bundles the page scripts and their libraries into the app's static resources. Maven runs this
// at generate-resources, so the output lands in target/classes and nothing built is committed.
import * as esbuild from 'esbuild';

const outdir = process.argv[2] || '../target/classes/static/app';

await esbuild.build({
  entryPoints: {
    app: 'src/app.js',
    forms: 'src/forms.js',
    process: 'src/process.js',
  },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir,
  // bpmn-js's icon font travels with its CSS: served from our own origin, never a CDN.
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  logLevel: 'warning',
});
console.log(`front end built into ${outdir}`);
