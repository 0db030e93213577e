// Chooses a sound for an upload: by search, by the trending list, or by pasting its id.
import { get, optional, Page, query, Sound } from './api'
import { h } from './dom'

interface Choice { id: string; title: string }

export function soundPicker(initialId: string | null, onChange: (id: string | null) => void): HTMLElement {
  const input = h('input', { type: 'search', name: 'soundSearch', placeholder: 'Search sounds or paste a sound id', 'aria-label': 'Find a sound', autocomplete: 'off' })
  const options = h('ul', { class: 'choices', 'aria-label': 'Sounds' })
  const chosen = h('p', { class: 'chosen', 'aria-live': 'polite' })
  let timer = 0

  function pick(choice: Choice | null): void {
    onChange(choice?.id ?? null)
    options.replaceChildren()
    if (!choice) {
      chosen.replaceChildren('Original sound')
      return
    }
    const remove = h('button', { type: 'button', class: 'link-button', 'aria-label': `Remove sound ${choice.title}` }, 'Remove')
    remove.addEventListener('click', () => pick(null))
    chosen.replaceChildren(`♪ ${choice.title} `, remove)
  }

  function show(choices: Choice[]): void {
    options.replaceChildren(...choices.slice(0, 6).map((c) => {
      const b = h('button', { type: 'button', class: 'choice' }, `♪ ${c.title}`)
      b.addEventListener('click', () => pick(c))
      return h('li', {}, b)
    }))
  }

  async function find(text: string): Promise<void> {
    const [byId, found] = await Promise.all([
      optional(get<Sound>(`/api/sounds/${encodeURIComponent(text)}`)).catch(() => null),
      optional(get<Page<{ id: string; title: string }>>(`/api/search${query({ q: text, type: 'sounds', limit: 6 })}`)).catch(() => null),
    ])
    show([...(byId ? [{ id: byId.id, title: byId.title }] : []), ...(Array.isArray(found?.items) ? found.items : [])])
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer)
    const text = input.value.trim()
    timer = window.setTimeout(() => void (text ? find(text) : trending()), 200)
  })

  async function trending(): Promise<void> {
    const top = await optional(get<{ id: string; title: string }[]>(`/api/sounds/trending${query({ window: '7d', limit: 6 })}`)).catch(() => null)
    show((Array.isArray(top) ? top : []).map((s) => ({ id: s.id, title: s.title })))
  }

  pick(null)
  if (initialId) void optional(get<Sound>(`/api/sounds/${encodeURIComponent(initialId)}`)).then((s) => s && pick({ id: s.id, title: s.title }), () => undefined)
  else void trending()
  return h('fieldset', { class: 'picker' }, h('legend', {}, 'Sound'), chosen, input, options)
}
