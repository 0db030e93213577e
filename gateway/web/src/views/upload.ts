import { get, optional, post, VideoDetail } from '../api'
import { h } from '../dom'
import { captionInput } from '../hashtag-input'
import { View } from '../router'
import { session } from '../session'
import { describe } from '../social'
import { soundPicker } from '../sound-picker'
import { templatePicker } from '../template-picker'
import { previousUpload, sendFile } from '../uploader'
import { page } from './pages'
import { watchProcessing } from './processing'

const DRAFT = 'sv.uploadDraft'
interface Draft { caption: string; soundId: string | null }

export const upload: View = (main, _params, search) => {
  if (!session()) {
    page(main, 'Upload', h('p', {}, h('a', { href: '/signin?next=/upload' }, 'Sign in'), ' to post a video.'))
    return
  }
  // The draft survives a reload, so a resumed upload is posted with what was typed before it.
  const draft: Draft = { caption: '', soundId: null, ...JSON.parse(localStorage.getItem(DRAFT) ?? '{}') }
  const saveDraft = () => localStorage.setItem(DRAFT, JSON.stringify(draft))
  const duetOf = search.get('duetOf')
  const stitchOf = search.get('stitchOf')
  let file: File | null = null
  let aborter: (() => Promise<void>) | null = null

  const fileInput = h('input', { type: 'file', name: 'file', accept: 'video/*', class: 'visually-hidden', id: 'upload-file' })
  const fileInfo = h('p', { class: 'file-info', 'aria-live': 'polite' }, 'No video chosen')
  const drop = h('div', { class: 'drop-zone' },
    h('label', { for: 'upload-file', class: 'primary' }, 'Choose a video'), h('p', { class: 'muted' }, 'or drop it here'), fileInput, fileInfo)
  const templates = templatePicker(search.get('templateId'))
  const stitchRange = stitchOf ? h('fieldset', { class: 'picker' }, h('legend', {}, 'Part of the video to stitch (seconds)'),
    h('label', {}, 'From', h('input', { type: 'number', name: 'stitchStart', min: 0, step: 0.1, value: 0 })),
    h('label', {}, 'To', h('input', { type: 'number', name: 'stitchEnd', min: 0.1, step: 0.1, value: 5 }))) : null
  const allow = h('fieldset', { class: 'picker' }, h('legend', {}, 'Others may'),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'allowDuet', checked: true }), 'Duet'),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'allowStitch', checked: true }), 'Stitch'))
  const error = h('p', { class: 'error', role: 'alert' })
  const postButton = h('button', { type: 'submit', class: 'primary wide' }, 'Post')
  const uploadBar = h('progress', { class: 'upload-progress', max: 100, value: 0, 'aria-label': 'Upload progress' })
  const status = h('p', { class: 'upload-status', role: 'status' })
  const progress = h('div', { class: 'progress-box', hidden: true }, uploadBar, status)
  const form = h('form', { class: 'stack upload-form' },
    duetOf ? h('p', { class: 'banner' }, 'Duet: your video plays beside the original.') : null,
    stitchOf ? h('p', { class: 'banner' }, 'Stitch: your video follows a clip of the original.') : null,
    drop,
    captionInput('caption', draft.caption, (v) => { draft.caption = v; saveDraft() }),
    duetOf || stitchOf ? null : soundPicker(search.get('soundId') ?? draft.soundId, (id) => { draft.soundId = id; saveDraft() }),
    templates.el, stitchRange, allow, error, postButton, progress)

  async function choose(f: File | undefined): Promise<void> {
    if (!f) return
    file = f
    fileInfo.textContent = `${f.name} · ${(f.size / 1048576).toFixed(1)} MB`
    const previous = await previousUpload(f).catch(() => null)
    if (previous) fileInfo.textContent += ' · partly uploaded before: posting resumes it'
  }
  fileInput.addEventListener('change', () => void choose(fileInput.files?.[0]))
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over') })
  drop.addEventListener('dragleave', () => drop.classList.remove('over'))
  drop.addEventListener('drop', (e) => {
    e.preventDefault()
    drop.classList.remove('over')
    void choose(e.dataTransfer?.files[0])
  })

  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    error.textContent = ''
    if (!file) {
      error.textContent = 'Choose a video first.'
      return
    }
    postButton.disabled = true
    progress.hidden = false
    progress.scrollIntoView({ block: 'center' })
    status.textContent = 'Uploading…'
    try {
      const sending = sendFile(file, (p) => {
        uploadBar.value = Math.floor((p.sent / p.total) * 100)
        const resumed = p.resumedFrom ? ` (resumed at ${Math.floor((p.resumedFrom / p.total) * 100)}%)` : ''
        status.textContent = `Uploading ${uploadBar.value}%${resumed}`
      })
      aborter = sending.abort
      const uploadId = await sending.done
      aborter = null
      status.textContent = 'Uploaded. Posting…'
      const accepted = await post<{ id: string }>('/api/videos', fields(uploadId))
      localStorage.removeItem(DRAFT)
      postButton.textContent = 'Posted'
      watchProcessing(accepted.id, uploadBar, status, progress)
    } catch (err) {
      error.textContent = describe(err)
      postButton.disabled = false
    }
  })

  function fields(uploadId: string): FormData {
    const data = new FormData()
    data.set('uploadId', uploadId)
    data.set('caption', draft.caption)
    if (draft.soundId && !duetOf && !stitchOf) data.set('soundId', draft.soundId)
    const t = templates.value()
    if (t.id) {
      data.set('templateId', t.id)
      data.set('templateParams', JSON.stringify(t.params()))
    }
    if (duetOf) data.set('duetOf', duetOf)
    if (stitchOf && stitchRange) {
      const seconds = (name: string) => Number((stitchRange.querySelector(`[name=${name}]`) as HTMLInputElement).value)
      data.set('stitchOf', stitchOf)
      data.set('stitchStartMs', String(Math.round(seconds('stitchStart') * 1000)))
      data.set('stitchEndMs', String(Math.round(seconds('stitchEnd') * 1000)))
    }
    data.set('allowDuet', String((allow.querySelector('[name=allowDuet]') as HTMLInputElement).checked))
    data.set('allowStitch', String((allow.querySelector('[name=allowStitch]') as HTMLInputElement).checked))
    return data
  }

  page(main, 'Upload', form)
  if (duetOf || stitchOf) {
    void optional(get<VideoDetail>(`/api/videos/${encodeURIComponent(duetOf ?? stitchOf!)}`)).then((v) => {
      if (v) form.querySelector('.banner')!.append(` Original by @${v.creator.handle}.`)
    }, () => undefined)
  }
  // Leaving the page pauses the upload; picking the same file again later resumes it.
  return () => void aborter?.()
}
