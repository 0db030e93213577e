// Sends a file with tus-js-client: chunked, retried, and resumable after a reload because the
// client keeps each upload's URL in localStorage under the file's fingerprint (name, type, size,
// lastModified, endpoint) and finds it again when the same file is picked.
import * as tus from 'tus-js-client'
import { authHeaders } from './api'

export const ENDPOINT = '/api/uploads'
const CHUNK_BYTES = 2 * 1024 * 1024

export interface Progress { sent: number; total: number; resumedFrom: number | null }

export async function previousUpload(file: File): Promise<tus.PreviousUpload | null> {
  const probe = new tus.Upload(file, { endpoint: ENDPOINT })
  const previous = await probe.findPreviousUploads()
  return previous.sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0] ?? null
}

export function sendFile(file: File, onProgress: (p: Progress) => void): { done: Promise<string>; abort: () => Promise<void> } {
  let upload: tus.Upload
  let resumedFrom: number | null = null
  const done = new Promise<string>((resolve, reject) => {
    upload = new tus.Upload(file, {
      endpoint: ENDPOINT,
      chunkSize: CHUNK_BYTES,
      // 409 and 423 too: a resumed PATCH can meet the server still closing the interrupted one.
      retryDelays: [0, 1000, 3000, 5000, 10000],
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      metadata: { filename: file.name, filetype: file.type || 'video/mp4' },
      onBeforeRequest(req) {
        // Read the token at each request: a session refreshed mid-upload is picked up.
        for (const [k, v] of Object.entries(authHeaders())) req.setHeader(k, v)
        if (req.getMethod() === 'PATCH' && resumedFrom === null) resumedFrom = Number(req.getHeader('Upload-Offset'))
      },
      onShouldRetry(err) {
        const status = err.originalResponse?.getStatus() ?? 0
        return status === 0 || status === 409 || status === 423 || status >= 500
      },
      onProgress: (sent, total) => onProgress({ sent, total, resumedFrom }),
      onSuccess: () => resolve(upload.url!.split('/').pop()!),
      onError: reject,
    })
    void previousUpload(file).then((previous) => {
      if (previous) upload.resumeFromPreviousUpload(previous)
      upload.start()
    }, reject)
  })
  return { done, abort: () => upload.abort() }
}
