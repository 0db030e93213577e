// Bundles the client into ../wwwroot: content-hashed assets under assets/ (cached for a year by the
// gateway) and an index.html naming them (never cached), so a deploy is picked up on the next load.
import { readFile, writeFile, rm, mkdir, copyFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
const out = path.resolve(here, '..', 'wwwroot')

await rm(out, { recursive: true, force: true })
await mkdir(out, { recursive: true })

const result = await esbuild.build({
  entryPoints: { app: path.join(here, 'src/main.ts'), styles: path.join(here, 'src/styles.css') },
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  target: ['es2020', 'safari15'],
  outdir: out,
  entryNames: 'assets/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
})

const outputs = Object.entries(result.metafile.outputs)
const named = (entry) => {
  const found = outputs.find(([file, meta]) => meta.entryPoint?.endsWith(entry) && !file.endsWith('.map'))
  if (!found) throw new Error(`esbuild made no output for ${entry}`)
  return '/' + path.relative(out, path.resolve(found[0])).split(path.sep).join('/')
}

const html = (await readFile(path.join(here, 'src/index.html'), 'utf8'))
  .replace('%APP%', named('src/main.ts'))
  .replace('%STYLES%', named('src/styles.css'))
await writeFile(path.join(out, 'index.html'), html)
await copyFile(path.join(here, 'src/icon.svg'), path.join(out, 'icon.svg'))
console.log(`web client built into ${out}`)
