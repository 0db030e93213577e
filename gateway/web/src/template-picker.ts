// Chooses one of the built-in edit templates and its parameters.
import { get, optional, Template } from './api'
import { h } from './dom'

export interface TemplateChoice { id: string | null; params: () => Record<string, string | number> }

export function templatePicker(initialId: string | null): { el: HTMLElement; value: () => TemplateChoice } {
  const select = h('select', { name: 'templateId', 'aria-label': 'Template' }, h('option', { value: '' }, 'No template'))
  const params = h('div', { class: 'params' })
  let templates: Template[] = []

  function drawParams(): void {
    const t = templates.find((x) => x.id === select.value)
    params.replaceChildren(...(t?.parameters ?? []).map((p) => {
      const input = p.choices?.length
        ? h('select', { name: p.name }, p.choices.map((c) => h('option', { value: c, selected: c === p.default }, c)))
        : h('input', { name: p.name, type: p.type === 'number' ? 'number' : 'text', value: p.default ?? '', step: 'any', min: p.min ?? null, max: p.max ?? null })
      return h('label', {}, `${p.name} (${p.description})`, input)
    }))
  }
  select.addEventListener('change', drawParams)
  void optional(get<Template[]>('/api/templates')).then((list) => {
    templates = list ?? []
    for (const t of templates) select.appendChild(h('option', { value: t.id, selected: t.id === initialId, title: t.description }, t.name))
    drawParams()
  }, () => undefined)

  return {
    el: h('fieldset', { class: 'picker' }, h('legend', {}, 'Template'), select, params),
    value: () => ({
      id: select.value || null,
      params: () => Object.fromEntries([...params.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')]
        .map((i) => [i.name, i.type === 'number' ? Number(i.value) : i.value])),
    }),
  }
}
