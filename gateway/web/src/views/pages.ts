import { Card, get, optional, Page, query, Sound } from '../api'
import { count, h } from '../dom'
import { videoGrid } from '../grid'
import { View } from '../router'

export function page(main: HTMLElement, title: string, ...content: (Node | null)[]): void {
  main.append(h('div', { class: 'page' }, h('header', { class: 'page-header' }, h('h1', {}, title)), ...content.filter((c): c is Node => !!c)))
}

export const hashtag: View = (main, params, search) => {
  const tag = params.tag.toLowerCase()
  // The tag with its '#' (%23): /api/hashtags/trending and /suggest are lists, /api/hashtags/%23trending is #trending's page.
  const api = `/api/hashtags/${encodeURIComponent(`#${tag}`)}`
  const sort = search.get('sort') === 'recent' ? 'recent' : 'top'
  const stats = h('p', { class: 'muted stats-line' }, ' ')
  const sortTab = (id: string, label: string) =>
    h('a', { class: 'tab', href: `/tag/${encodeURIComponent(tag)}?sort=${id}`, 'aria-current': sort === id ? 'page' : null }, label)
  page(main, `#${tag}`, stats, h('nav', { class: 'tabs', 'aria-label': 'Sort' }, sortTab('top', 'Top'), sortTab('recent', 'Recent')),
    videoGrid((cursor) => optional(get<Page<Card>>(`${api}/videos${query({ sort, cursor })}`)), `No videos tagged #${tag} yet.`))
  void optional(get<{ videoCount: number; views: number }>(api)).then((t) => {
    stats.textContent = t ? `${count(t.videoCount)} videos · ${count(t.views)} views` : ''
  }, () => undefined)
}

export const sound: View = (main, params) => {
  const id = params.id
  const info = h('div', { class: 'sound-info' }, h('p', { class: 'muted' }, 'Loading sound…'))
  page(main, 'Sound', info,
    videoGrid((cursor) => optional(get<Page<Card>>(`/api/sounds/${encodeURIComponent(id)}/videos${query({ cursor })}`)), 'No videos use this sound yet.'))
  void optional(get<Sound>(`/api/sounds/${encodeURIComponent(id)}`)).then((s) => {
    if (!s) {
      info.replaceChildren(h('p', { class: 'muted' }, 'This sound is not available.'))
      return
    }
    info.replaceChildren(
      h('h2', {}, s.title),
      h('p', { class: 'muted' }, `${count(s.videoCount)} videos · ${Math.round(s.durationMs / 1000)} s`),
      h('audio', { controls: true, preload: 'none', src: s.audioUrl, 'aria-label': `Play ${s.title}` }),
      h('a', { class: 'primary', href: `/upload?soundId=${encodeURIComponent(s.id)}` }, 'Use this sound'))
  }, () => info.replaceChildren(h('p', { class: 'muted' }, 'The sound could not load.')))
}
