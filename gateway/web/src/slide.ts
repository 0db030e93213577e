// One video of a feed: its player, watch-time accounting, caption and side rail.
import { Card, get, optional, reportView } from './api'
import { captionNodes } from './caption'
import { h, icon } from './dom'
import { attach, Detach } from './player'
import { rail, Rail } from './rail'

export class Slide {
  readonly el: HTMLElement
  readonly video: HTMLVideoElement
  private readonly rail: Rail
  private detach: Detach | null = null
  private watchedMs = 0
  private lastTime = 0

  constructor(readonly card: Card, private readonly player: PlayerControls) {
    this.video = h('video', {
      playsinline: true, loop: true, muted: true, preload: 'none', poster: card.posterUrl,
      'aria-label': `Video by @${card.creator.handle}`,
    })
    this.video.muted = true
    this.video.addEventListener('timeupdate', () => this.countWatched())
    this.rail = rail(card)
    const tapLayer = h('div', { class: 'tap-layer', 'aria-hidden': 'true' })
    tapLayer.addEventListener('click', (e) => this.onTap(e))
    const meta = h('div', { class: 'meta' },
      h('a', { class: 'handle', href: `/@${card.creator.handle}` }, `@${card.creator.handle}`),
      h('p', { class: 'caption' }, captionNodes(card.caption, card.hashtags)),
      remixLine(card),
      card.sound ? h('a', { class: 'sound-line', href: `/sound/${encodeURIComponent(card.sound.id)}` }, icon('music'), card.sound.title) : null,
      card.reason ? h('p', { class: 'why' }, h('span', { class: 'why-label' }, 'Why this video: '), card.reason.detail) : null,
    )
    this.el = h('article', {
      class: 'slide', 'data-video-id': card.id,
      'aria-label': `@${card.creator.handle}: ${card.caption || 'video'}`,
    }, this.video, tapLayer, meta, this.rail.el)
  }

  /** Starts fetching the playlist so the video starts at once when scrolled to. */
  load(): void {
    if (this.detach || !this.card.playlistUrl) return
    this.detach = attach(this.video, this.card.playlistUrl, (message) => {
      this.el.classList.add('broken')
      this.el.setAttribute('data-error', message)
    })
  }

  unload(): void {
    this.video.pause()
    this.detach?.()
    this.detach = null
  }

  activate(muted: boolean): void {
    this.load()
    this.video.muted = muted
    this.lastTime = this.video.currentTime
    void this.video.play().catch(() => this.el.classList.add('paused'))
    this.rail.activated()
  }

  /** Reports the view with how long it was watched, then starts counting afresh for the next visit. */
  deactivate(): void {
    this.video.pause()
    this.flushView()
  }

  flushView(): void {
    if (this.watchedMs > 0) reportView(this.card.id, this.watchedMs)
    this.watchedMs = 0
  }

  setMuted(muted: boolean): void {
    this.video.muted = muted
  }

  togglePlay(): void {
    if (this.video.paused) void this.video.play().then(() => this.el.classList.remove('paused'), () => undefined)
    else {
      this.video.pause()
      this.el.classList.add('paused')
    }
  }

  like(): void {
    this.heart(null)
    this.rail.like(true)
  }

  private countWatched(): void {
    const t = this.video.currentTime
    const delta = t - this.lastTime
    // A loop jumps back and a seek jumps ahead: only ordinary playback counts as watched.
    if (delta > 0 && delta < 1.5 && !this.video.paused) this.watchedMs += delta * 1000
    this.lastTime = t
  }

  private lastTap = 0
  private tapTimer = 0

  private onTap(e: MouseEvent): void {
    const now = performance.now()
    if (now - this.lastTap < 350) {
      window.clearTimeout(this.tapTimer)
      this.lastTap = 0
      this.heart(e)
      this.rail.like(true)
      return
    }
    this.lastTap = now
    this.tapTimer = window.setTimeout(() => this.player.tapped(this), 350)
  }

  private heart(e: MouseEvent | null): void {
    const heart = h('span', { class: 'burst', 'aria-hidden': 'true' }, icon('heart'))
    const box = this.el.getBoundingClientRect()
    heart.style.left = `${e ? e.clientX - box.left : box.width / 2}px`
    heart.style.top = `${e ? e.clientY - box.top : box.height / 2}px`
    heart.addEventListener('animationend', () => heart.remove())
    this.el.appendChild(heart)
  }
}

export interface PlayerControls {
  tapped(slide: Slide): void
}

/** The originals remixes credit, looked up once per original however many remixes of it the feed shows. */
const originals = new Map<string, Promise<Card | null>>()

/**
 * A duet or stitch credits the video it remixes, one tap away. The card names the original by id only, so its creator is
 * looked up as the slide is built; a deleted original keeps the plain credit.
 */
function remixLine(card: Card): HTMLElement | null {
  const original = card.duetOf ?? card.stitchOf
  if (!original) return null
  const kind = card.duetOf ? 'Duet' : 'Stitch'
  const text = h('span', {}, `${kind} · watch the original`)
  let lookup = originals.get(original)
  if (!lookup) originals.set(original, lookup = optional(get<Card>(`/api/videos/${encodeURIComponent(original)}`)).catch(() => null))
  void lookup.then((v) => { if (v) text.textContent = `${kind} with @${v.creator.handle}` })
  return h('a', { class: 'remix-line', href: `/video/${encodeURIComponent(original)}` }, icon('share'), text)
}
