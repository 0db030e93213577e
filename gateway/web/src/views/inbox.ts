import { Card, get, Notification, optional, Page, post, query } from '../api'
import { h } from '../dom'
import { videoGrid } from '../grid'
import { View } from '../router'
import { session } from '../session'
import { page } from './pages'

const WHAT: Record<string, string> = {
  follow: 'started following you', like: 'liked your video', comment: 'commented on your video',
  reply: 'replied to your comment', mention: 'mentioned you', share: 'shared your video',
}

export const inbox: View = (main) => {
  if (!session()) {
    page(main, 'Inbox', h('p', {}, h('a', { href: '/signin?next=/inbox' }, 'Sign in'), ' to see your notifications.'))
    return
  }
  const list = h('ol', { class: 'list notifications' }, h('li', { class: 'muted' }, 'Loading…'))
  page(main, 'Inbox', list)
  optional(get<Page<Notification> & { unreadCount: number }>(`/api/notifications${query({ limit: 50 })}`)).then((p) => {
    list.replaceChildren()
    if (!p) return list.replaceWith(h('p', { class: 'muted' }, 'Notifications are not available yet.'))
    if (!p.items.length) return list.replaceWith(h('p', { class: 'muted' }, 'No notifications yet.'))
    for (const n of p.items) {
      list.appendChild(h('li', { class: n.read ? '' : 'unread' },
        h('a', { href: `/@${n.actor.handle}` }, `@${n.actor.handle}`), ` ${WHAT[n.kind] ?? n.kind}`,
        n.videoId ? h('a', { href: `/video/${encodeURIComponent(n.videoId)}`, class: 'muted' }, ' · view') : null,
        h('time', { datetime: n.createdAt, class: 'muted' }, ` ${new Date(n.createdAt).toLocaleString()}`)))
    }
    if (p.unreadCount) void optional(post('/api/notifications/read')).catch(() => undefined)
  }, () => list.replaceWith(h('p', { class: 'muted' }, 'Notifications could not load.')))
}

export const saved: View = (main) => {
  page(main, 'Saved', videoGrid((cursor) => optional(get<Page<Card>>(`/api/users/me/saved${query({ cursor })}`)), 'Nothing saved yet.'))
}
