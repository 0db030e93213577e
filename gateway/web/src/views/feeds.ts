import { Card, get, getAsReader, optional, Page, query, VideoDetail } from '../api'
import { h } from '../dom'
import { mountFeed } from '../feed'
import { View } from '../router'
import { session } from '../session'

function tabs(current: 'foryou' | 'following'): HTMLElement {
  const tab = (id: string, href: string, label: string) =>
    h('a', { href, class: 'tab', 'aria-current': current === id ? 'page' : null }, label)
  return h('nav', { class: 'feed-tabs', 'aria-label': 'Feeds' }, tab('following', '/following', 'Following'), tab('foryou', '/', 'For You'))
}

export const forYou: View = (main) =>
  mountFeed(main, (cursor) => getAsReader<Page<Card>>(`/api/feed/foryou${query({ cursor, limit: 10 })}`), {
    header: tabs('foryou'),
    empty: () => h('div', { class: 'empty-feed' }, h('p', {}, 'No videos yet.'), h('a', { href: '/upload', class: 'primary' }, 'Post the first one')),
  })

export const following: View = (main) => {
  if (!session()) {
    main.append(tabs('following'), h('div', { class: 'empty-feed' }, h('p', {}, 'Sign in to see videos from people you follow.'), h('a', { href: '/signin?next=/following', class: 'primary' }, 'Sign in')))
    return
  }
  return mountFeed(main, (cursor) => optional(get<Page<Card>>(`/api/feed/following${query({ cursor, limit: 10 })}`)), {
    header: tabs('following'),
    empty: () => h('div', { class: 'empty-feed' }, h('p', {}, 'Follow creators to see their videos here.'), h('a', { href: '/', class: 'primary' }, 'Find creators in For You')),
  })
}

/** A shared or opened video first, then the For You feed after it. */
export const single: View = (main, params) =>
  mountFeed(main, async (cursor) => {
    const rest = await getAsReader<Page<Card>>(`/api/feed/foryou${query({ cursor, limit: 10 })}`)
    if (cursor) return rest
    const first = await optional(get<VideoDetail>(`/api/videos/${encodeURIComponent(params.id)}`))
    const others = rest.items.filter((c) => c.id !== params.id)
    return { items: first && first.status === 'ready' ? [first, ...others] : others, nextCursor: rest.nextCursor }
  }, { header: h('a', { href: '/', class: 'back', 'aria-label': 'Back to For You' }, '‹'), empty: () => h('p', { class: 'empty-feed' }, 'This video is not available.') })
