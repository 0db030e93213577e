// A full-screen vertical feed: one video per screen, CSS scroll-snap (so touch swipes and the
// wheel work natively), arrow keys, autoplay muted with tap to unmute, neighbours preloaded.
import { ApiError, Card, Page } from './api'
import { h, icon } from './dom'
import { PlayerControls, Slide } from './slide'

export type Loader = (cursor: string | null) => Promise<Page<Card> | null>

/** Muting is one choice for the whole session: unmuting one video unmutes the next. */
let muted = true
const PRELOAD_AHEAD = 2

export function mountFeed(main: HTMLElement, loader: Loader, options: { header?: Node; empty: () => Node }): () => void {
  const scroller = h('div', { class: 'feed', role: 'feed', 'aria-busy': 'true', 'aria-label': 'Videos' })
  const muteButton = h('button', { type: 'button', class: 'mute-toggle' })
  main.classList.add('immersive')
  main.appendChild(h('div', { class: 'feed-frame' }, scroller, muteButton, options.header))

  const slides: Slide[] = []
  let active = -1
  let cursor: string | null = null
  let done = false
  let loading = false

  const controls: PlayerControls = {
    tapped: (slide) => {
      if (muted) setMuted(false)
      else slide.togglePlay()
    },
  }

  function drawMute(): void {
    muteButton.setAttribute('aria-label', muted ? 'Unmute' : 'Mute')
    muteButton.setAttribute('aria-pressed', String(!muted))
    muteButton.replaceChildren(icon(muted ? 'muted' : 'sound'))
  }

  function setMuted(on: boolean): void {
    muted = on
    slides[active]?.setMuted(on)
    drawMute()
  }
  muteButton.addEventListener('click', () => setMuted(!muted))
  drawMute()

  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting || entry.intersectionRatio < 0.6) continue
      const index = slides.findIndex((s) => s.el === entry.target)
      if (index >= 0) activate(index)
    }
  }, { root: scroller, threshold: [0.6] })

  function activate(index: number): void {
    if (index === active) return
    slides[active]?.deactivate()
    active = index
    slides.forEach((s, i) => {
      if (i >= index - 1 && i <= index + PRELOAD_AHEAD) s.load()
      else if (Math.abs(i - index) > PRELOAD_AHEAD + 2) s.unload()
    })
    slides[index].activate(muted)
    if (index >= slides.length - 3) void loadMore()
  }

  async function loadMore(): Promise<void> {
    if (loading || done) return
    loading = true
    try {
      let page: Page<Card> | null
      try {
        page = await loader(cursor)
      } catch (e) {
        // A refused cursor (it expired after hours idle, or the reader signed in mid-feed) goes on from a fresh
        // first page; the cards already shown are skipped below.
        if (!(e instanceof ApiError && e.status === 400 && cursor !== null)) throw e
        cursor = null
        page = await loader(null)
      }
      const seen = new Set(slides.map((s) => s.card.id))
      const items = (page?.items ?? []).filter((c) => c.playlistUrl && !seen.has(c.id) && seen.add(c.id))
      cursor = page?.nextCursor ?? null
      done = !cursor
      for (const card of items) {
        const slide = new Slide(card, controls)
        slides.push(slide)
        slide.el.setAttribute('aria-posinset', String(slides.length))
        slide.el.setAttribute('aria-setsize', '-1')
        scroller.appendChild(slide.el)
        observer.observe(slide.el)
      }
      if (!slides.length) scroller.replaceChildren(options.empty())
      else if (active >= 0) slides.slice(active, active + PRELOAD_AHEAD + 1).forEach((s) => s.load())
    } catch {
      // Mid-feed, a page that failed is asked for again when the reader moves to the next video.
      if (!slides.length) {
        scroller.replaceChildren(h('p', { class: 'empty-feed' }, 'The feed could not load. Pull to retry.'))
        done = true
      }
    } finally {
      loading = false
      scroller.setAttribute('aria-busy', 'false')
    }
  }

  function go(step: number): void {
    const target = slides[Math.max(0, Math.min(slides.length - 1, (active < 0 ? 0 : active) + step))]
    target?.el.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }

  function onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement
    if (target.closest('input, textarea, select, dialog, [contenteditable]') || e.altKey || e.ctrlKey || e.metaKey) return
    const slide = slides[active]
    switch (e.key) {
      case 'ArrowDown': case 'PageDown': case 'j': go(1); break
      case 'ArrowUp': case 'PageUp': case 'k': go(-1); break
      case 'm': setMuted(!muted); break
      case 'l': slide?.like(); break
      case ' ': if (target.closest('button, a')) return; slide?.togglePlay(); break
      default: return
    }
    e.preventDefault()
  }

  function onHide(): void {
    if (document.visibilityState === 'hidden') slides[active]?.flushView()
  }

  document.addEventListener('keydown', onKey)
  document.addEventListener('visibilitychange', onHide)
  void loadMore()

  return () => {
    document.removeEventListener('keydown', onKey)
    document.removeEventListener('visibilitychange', onHide)
    observer.disconnect()
    slides[active]?.deactivate()
    slides.forEach((s) => s.unload())
    main.classList.remove('immersive')
  }
}
