// A caption box that offers hashtags as you type one (an ARIA combobox over /api/hashtags/suggest).
import { get, optional, query } from './api'
import { count, h } from './dom'

interface Suggestion { tag: string; videoCount: number }
let ids = 0

export function captionInput(name: string, initial: string, onChange: (value: string) => void): HTMLElement {
  const listId = `tags-${++ids}`
  const area = h('textarea', {
    name, rows: 3, maxlength: 2200, placeholder: 'Describe your video. Add #hashtags', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-controls': listId, 'aria-expanded': 'false', 'aria-label': 'Caption',
  }, initial)
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': 'Hashtag suggestions' })
  let options: Suggestion[] = []
  let selected = -1
  let timer = 0
  let asked = 0

  function token(): { start: number; prefix: string } | null {
    const before = area.value.slice(0, area.selectionStart ?? area.value.length)
    const match = /#([\p{L}\p{N}_]*)$/u.exec(before)
    return match ? { start: before.length - match[0].length, prefix: match[1] } : null
  }

  function close(): void {
    list.hidden = true
    area.setAttribute('aria-expanded', 'false')
    area.removeAttribute('aria-activedescendant')
    options = []
    selected = -1
  }

  function draw(): void {
    list.replaceChildren(...options.map((s, i) => {
      const li = h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': String(i === selected), class: 'suggestion' },
        h('span', {}, `#${s.tag}`), h('span', { class: 'muted' }, `${count(s.videoCount)} videos`))
      li.addEventListener('mousedown', (e) => {
        e.preventDefault()
        choose(i)
      })
      return li
    }))
    list.hidden = options.length === 0
    area.setAttribute('aria-expanded', String(!list.hidden))
    if (selected >= 0) area.setAttribute('aria-activedescendant', `${listId}-${selected}`)
    else area.removeAttribute('aria-activedescendant')
  }

  function choose(i: number): void {
    const t = token()
    if (!t || !options[i]) return
    const caret = area.selectionStart ?? area.value.length
    const insert = `#${options[i].tag} `
    area.value = area.value.slice(0, t.start) + insert + area.value.slice(caret)
    area.selectionStart = area.selectionEnd = t.start + insert.length
    close()
    onChange(area.value)
    area.focus()
  }

  area.addEventListener('input', () => {
    onChange(area.value)
    window.clearTimeout(timer)
    const t = token()
    if (!t || !t.prefix) return close()
    const mine = ++asked
    timer = window.setTimeout(async () => {
      const found = await optional(get<Suggestion[]>(`/api/hashtags/suggest${query({ prefix: t.prefix.toLowerCase(), limit: 6 })}`)).catch(() => null)
      if (mine !== asked) return
      // Until the suggest route exists, /api/hashtags/suggest may answer as the page of a tag named "suggest".
      options = Array.isArray(found) ? found : []
      selected = options.length ? 0 : -1
      draw()
    }, 120)
  })
  area.addEventListener('keydown', (e) => {
    if (list.hidden) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      selected = (selected + (e.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length
      draw()
    } else if (e.key === 'Enter' || e.key === 'Tab') choose(selected)
    else if (e.key === 'Escape') close()
    else return
    e.preventDefault()
  })
  area.addEventListener('blur', () => window.setTimeout(close, 100))
  return h('div', { class: 'combobox' }, area, list)
}
