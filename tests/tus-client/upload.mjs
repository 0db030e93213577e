// Uploads a file to a tus endpoint with the real tus-js-client, the way the web client will.
// With --interrupt it stops after the first acknowledged chunk and resumes with a new Upload
// pointed at the same URL, as a client does after a dropped connection or a page reload.
//
//   node upload.mjs <endpoint> <file> <token> [--interrupt]
//
// Prints one line of JSON: {uploadUrl, resumedUrl, size, bytesBeforeResume, offsetAtResume}.
import fs from 'node:fs'
import path from 'node:path'
import * as tus from 'tus-js-client'

const [endpoint, file, token, ...flags] = process.argv.slice(2)
if (!endpoint || !file || !token) {
  console.error('usage: node upload.mjs <endpoint> <file> <token> [--interrupt]')
  process.exit(2)
}
const interrupt = flags.includes('--interrupt')
const size = fs.statSync(file).size

// Runs one tus.Upload; resolves when it succeeds or, with stopAfterFirstChunk, once one PATCH is acknowledged.
function run({ uploadUrl = null, stopAfterFirstChunk = false }) {
  return new Promise((resolve, reject) => {
    let firstPatchOffset = null
    const upload = new tus.Upload(fs.createReadStream(file), {
      endpoint,
      uploadUrl,
      chunkSize: 256 * 1024,
      // 409 and 423 are retried too: a resumed PATCH may meet the server still closing the interrupted one.
      retryDelays: [0, 500, 1000, 2000, 4000],
      headers: { Authorization: `Bearer ${token}` },
      metadata: { filename: path.basename(file), filetype: 'video/mp4' },
      onBeforeRequest(req) {
        if (req.getMethod() === 'PATCH' && firstPatchOffset === null) {
          firstPatchOffset = Number(req.getHeader('Upload-Offset'))
        }
      },
      onChunkComplete(_chunkSize, bytesAccepted) {
        if (!stopAfterFirstChunk) return
        // Called before the next PATCH starts, so the server holds exactly what it acknowledged.
        upload.abort().then(() => resolve({ url: upload.url, accepted: bytesAccepted, firstPatchOffset }), reject)
      },
      onSuccess() {
        resolve({ url: upload.url, accepted: size, firstPatchOffset })
      },
      onError: reject,
    })
    upload.start()
  })
}

try {
  const first = await run({ stopAfterFirstChunk: interrupt })
  const resumed = interrupt ? await run({ uploadUrl: first.url }) : first
  console.log(JSON.stringify({
    uploadUrl: first.url,
    resumedUrl: resumed.url,
    size,
    bytesBeforeResume: interrupt ? first.accepted : 0,
    offsetAtResume: interrupt ? resumed.firstPatchOffset : 0,
  }))
} catch (error) {
  console.error(`upload failed: ${error?.message ?? error}`)
  process.exit(1)
}
