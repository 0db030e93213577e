// The side rail of a feed video: creator and follow, like, comment, share, save, sound, more.
import { Card, get, optional, postAsReader, Profile } from './api'
import { openComments } from './comments'
import { count, h, icon, toast } from './dom'
import { openMenu } from './menu'
import { session } from './session'
import { describe, remembered, requireSignIn, setFollowing, setLiked, setSaved } from './social'

export interface Rail {
  el: HTMLElement
  like(on: boolean): void
  activated(): void
}

const followState = new Map<string, boolean>()

/** Words for screen readers beside a count that sighted people read from the icon. */
const hidden = (text: string) => h('span', { class: 'visually-hidden' }, text)

export function rail(card: Card): Rail {
  const handle = card.creator.handle
  const mine = session()?.handle === handle
  let liked = remembered('liked', card.id)
  let saved = remembered('saved', card.id)
  let likes = card.stats.likes
  let followChecked = false

  const likeCount = h('span', { class: 'count', 'data-count': 'likes' }, count(likes))
  const likeButton = h('button', { type: 'button', class: 'rail-button like', 'aria-pressed': String(liked) }, icon('heart'), hidden('Like, likes:'), likeCount)
  const saveButton = h('button', { type: 'button', class: 'rail-button save', 'aria-pressed': String(saved), 'aria-label': 'Save' }, icon('save'), h('span', { class: 'count' }, 'Save'))
  const commentCount = h('span', { class: 'count' }, count(card.stats.comments))
  const shareCount = h('span', { class: 'count' }, count(card.stats.shares))
  const follow = h('button', { type: 'button', class: 'follow', hidden: mine, 'aria-pressed': 'false', 'aria-label': `Follow @${handle}` }, icon('plus'))

  function drawLike(): void {
    likeButton.setAttribute('aria-pressed', String(liked))
    likeCount.textContent = count(likes)
  }

  async function like(on: boolean): Promise<void> {
    if (!requireSignIn() || liked === on) return
    liked = on
    likes += on ? 1 : -1
    drawLike()
    try {
      await setLiked(card.id, on)
    } catch (e) {
      liked = !on
      likes += on ? -1 : 1
      drawLike()
      toast(describe(e))
    }
  }

  function drawFollow(on: boolean): void {
    follow.setAttribute('aria-pressed', String(on))
    follow.setAttribute('aria-label', on ? `Unfollow @${handle}` : `Follow @${handle}`)
    follow.replaceChildren(icon(on ? 'check' : 'plus'))
    follow.classList.toggle('on', on)
  }

  likeButton.addEventListener('click', () => void like(!liked))
  saveButton.addEventListener('click', async () => {
    if (!requireSignIn()) return
    try {
      await setSaved(card.id, !saved)
      saved = !saved
      saveButton.setAttribute('aria-pressed', String(saved))
      toast(saved ? 'Saved' : 'Removed from saved')
    } catch (e) {
      toast(describe(e))
    }
  })
  follow.addEventListener('click', async () => {
    if (!requireSignIn()) return
    const on = !(followState.get(handle) ?? false)
    try {
      await setFollowing(handle, on)
      followState.set(handle, on)
      drawFollow(on)
      toast(on ? `Following @${handle}` : `Unfollowed @${handle}`)
    } catch (e) {
      toast(describe(e))
    }
  })

  const share = h('button', { type: 'button', class: 'rail-button' }, icon('share'), hidden('Share, shares:'), shareCount)
  share.addEventListener('click', async () => {
    const url = `${location.origin}/video/${encodeURIComponent(card.id)}`
    let channel = 'link'
    try {
      if (navigator.share) {
        await navigator.share({ title: card.caption, url })
        channel = 'native'
      } else {
        await navigator.clipboard.writeText(url)
        toast('Link copied')
      }
    } catch {
      return
    }
    card.stats.shares += 1
    shareCount.textContent = count(card.stats.shares)
    void optional(postAsReader(`/api/videos/${encodeURIComponent(card.id)}/shares`, { channel })).catch(() => undefined)
  })
  const comments = h('button', { type: 'button', class: 'rail-button' }, icon('comment'), hidden('Comments:'), commentCount)
  comments.addEventListener('click', () => openComments(card, (n) => { commentCount.textContent = count(n) }))
  const more = h('button', { type: 'button', class: 'rail-button', 'aria-label': 'More options' }, icon('more'))
  more.addEventListener('click', () => openMenu(card))

  const el = h('div', { class: 'rail' },
    h('div', { class: 'creator' },
      h('a', { class: 'avatar', href: `/@${handle}`, 'aria-label': `@${handle}'s profile` }, handle.charAt(0).toUpperCase()),
      follow),
    likeButton, comments, saveButton, share, more,
    card.sound ? h('a', { class: 'disc', href: `/sound/${encodeURIComponent(card.sound.id)}`, 'aria-label': `Sound: ${card.sound.title}` }, icon('music')) : null,
  )

  return {
    el,
    like: (on) => void like(on),
    activated: () => {
      const known = followState.get(handle)
      if (known !== undefined) drawFollow(known)
      if (mine || !session() || followChecked) return
      followChecked = true
      void optional(get<Profile>(`/api/users/${encodeURIComponent(handle)}`)).then((p) => {
        if (!p || followState.has(handle)) return
        followState.set(handle, !!p.isFollowing)
        drawFollow(!!p.isFollowing)
      }, () => undefined)
    },
  }
}
