import { get, VideoDetail } from '../api'
import { h } from '../dom'
import { describe } from '../social'

/** Polls the posted video until the transcoder has made it ready (or refused it), showing its progress. */
export function watchProcessing(id: string, bar: HTMLProgressElement, status: HTMLElement, box: HTMLElement): void {
  bar.value = 0
  bar.setAttribute('aria-label', 'Processing progress')
  box.classList.add('processing')
  const poll = async (): Promise<void> => {
    if (!box.isConnected) return
    try {
      const v = await get<VideoDetail>(`/api/videos/${encodeURIComponent(id)}`)
      if (v.status === 'processing') {
        bar.value = Math.round((v.progress ?? 0) * 100)
        status.textContent = `Processing ${bar.value}%`
      } else if (v.status === 'ready') {
        bar.value = 100
        box.classList.replace('processing', 'ready')
        status.replaceChildren('Ready! ', h('a', { href: `/video/${encodeURIComponent(id)}` }, 'Watch it'), ' · ',
          h('a', { href: `/@${v.creator.handle}` }, 'Your profile'))
        return
      } else {
        box.classList.replace('processing', 'failed')
        status.textContent = `Could not publish: ${v.failureReason ?? 'the video could not be processed.'}`
        return
      }
    } catch (e) {
      status.textContent = describe(e)
    }
    window.setTimeout(() => void poll(), 1000)
  }
  status.textContent = 'Processing…'
  void poll()
}
