// A grid of video thumbnails that pages in as it scrolls; each opens the video in the feed.
import { Card, Page } from './api'
import { count, h, icon } from './dom'

export function videoGrid(loader: (cursor: string | null) => Promise<Page<Card> | null>, emptyText: string): HTMLElement {
  const list = h('ul', { class: 'grid', 'aria-label': 'Videos' })
  const more = h('button', { type: 'button', class: 'link-button', hidden: true }, 'Load more')
  const section = h('div', {}, list, more)
  let cursor: string | null = null

  async function load(): Promise<void> {
    more.hidden = true
    const page = await loader(cursor).catch(() => null)
    if (!page) {
      if (!list.children.length) section.replaceChildren(h('p', { class: 'muted' }, emptyText))
      return
    }
    for (const card of page.items) list.appendChild(tile(card))
    if (!list.children.length) section.replaceChildren(h('p', { class: 'muted' }, emptyText))
    cursor = page.nextCursor
    more.hidden = !cursor
  }
  more.addEventListener('click', () => void load())
  void load()
  return section
}

function tile(card: Card): HTMLElement {
  return h('li', {},
    h('a', { class: 'tile', href: `/video/${encodeURIComponent(card.id)}`, 'aria-label': `${card.caption || 'Video'} by @${card.creator.handle}, ${card.stats.views} views` },
      card.posterUrl ? h('img', { src: card.posterUrl, alt: '', loading: 'lazy' }) : h('span', { class: 'tile-blank' }),
      h('span', { class: 'tile-stat' }, icon('heart'), count(card.stats.likes))))
}
