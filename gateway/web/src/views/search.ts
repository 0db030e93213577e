import { Card, get, optional, Page, query } from '../api'
import { count, h } from '../dom'
import { videoGrid } from '../grid'
import { navigate, View } from '../router'
import { page } from './pages'

const TYPES = [['videos', 'Videos'], ['users', 'People'], ['hashtags', 'Hashtags'], ['sounds', 'Sounds']] as const

interface Hit { id?: string; handle?: string; displayName?: string; tag?: string; title?: string; videoCount?: number }

export const searchView: View = (main, _params, params) => {
  const q = params.get('q') ?? ''
  const type = TYPES.some(([t]) => t === params.get('type')) ? params.get('type')! : 'videos'
  const input = h('input', { type: 'search', name: 'q', value: q, required: true, maxlength: 200, placeholder: 'Search videos, people, #hashtags, sounds', 'aria-label': 'Search', autocomplete: 'off' })
  const form = h('form', { class: 'search-form', role: 'search' }, input, h('button', { type: 'submit', class: 'primary' }, 'Search'))
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    navigate(`/search${query({ q: input.value.trim(), type })}`)
  })
  const tabs = h('nav', { class: 'tabs', 'aria-label': 'Result type' },
    TYPES.map(([t, label]) => h('a', { class: 'tab', href: `/search${query({ q, type: t })}`, 'aria-current': t === type ? 'page' : null }, label)))
  const url = (cursor: string | null) => `/api/search${query({ q, type, cursor })}`
  let results: Node | null = null
  if (q && type === 'videos') results = videoGrid((cursor) => optional(get<Page<Card>>(url(cursor))), `No videos match “${q}”.`)
  else if (q) results = hitList(url(null), q)
  page(main, 'Discover', form, q ? tabs : null, results)
  if (!q) input.focus()
}

function hitList(url: string, q: string): HTMLElement {
  const list = h('ul', { class: 'list' })
  void optional(get<Page<Hit>>(url)).then((p) => {
    if (!p || !p.items.length) {
      list.replaceWith(h('p', { class: 'muted' }, `Nothing matches “${q}”.`))
      return
    }
    for (const hit of p.items) list.appendChild(h('li', {}, link(hit)))
  }, () => list.replaceWith(h('p', { class: 'muted' }, 'Search is not available right now.')))
  return list
}

function link(hit: Hit): HTMLElement {
  if (hit.handle) return h('a', { href: `/@${hit.handle}` }, h('strong', {}, `@${hit.handle}`), hit.displayName ? ` ${hit.displayName}` : '')
  if (hit.tag) return h('a', { href: `/tag/${encodeURIComponent(hit.tag)}` }, `#${hit.tag}`, h('span', { class: 'muted' }, ` ${count(hit.videoCount ?? 0)} videos`))
  return h('a', { href: `/sound/${encodeURIComponent(hit.id ?? '')}` }, `♪ ${hit.title ?? hit.id}`)
}
