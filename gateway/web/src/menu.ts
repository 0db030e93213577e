// A video's "more" menu: why it was shown, duet, stitch, not interested, copy link.
import { Card, optional, post } from './api'
import { h, toast } from './dom'
import { navigate } from './router'
import { sheet } from './sheet'
import { describe, requireSignIn } from './social'

export function openMenu(card: Card): void {
  const id = encodeURIComponent(card.id)
  const go = (url: string) => () => {
    dialog.close()
    if (requireSignIn()) navigate(url)
  }
  const duet = h('button', { type: 'button', class: 'menu-item' }, 'Duet with this video')
  const stitch = h('button', { type: 'button', class: 'menu-item' }, 'Stitch this video')
  const notInterested = h('button', { type: 'button', class: 'menu-item' }, 'Not interested')
  const copy = h('button', { type: 'button', class: 'menu-item' }, 'Copy link')
  const why = card.reason
    ? h('p', { class: 'why-detail' }, h('strong', {}, 'Why this video: '), card.reason.detail)
    : h('p', { class: 'why-detail' }, `From @${card.creator.handle}.`)
  const { dialog } = sheet('Video options', why, duet, stitch, notInterested, copy)
  duet.addEventListener('click', go(`/upload?duetOf=${id}`))
  stitch.addEventListener('click', go(`/upload?stitchOf=${id}`))
  notInterested.addEventListener('click', async () => {
    dialog.close()
    if (!requireSignIn()) return
    try {
      await optional(post(`/api/videos/${id}/not-interested`))
      toast('You will see fewer videos like this')
    } catch (e) {
      toast(describe(e))
    }
  })
  copy.addEventListener('click', async () => {
    dialog.close()
    await navigator.clipboard.writeText(`${location.origin}/video/${id}`).then(() => toast('Link copied'), () => toast('Could not copy'))
  })
}
