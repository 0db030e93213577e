// A bottom sheet on a native <dialog>: modal, focus-trapped, closed by Escape or a tap outside.
import { h } from './dom'

export function sheet(title: string, ...content: Node[]): { dialog: HTMLDialogElement; body: HTMLElement } {
  const body = h('div', { class: 'sheet-body' }, ...content)
  const close = h('button', { type: 'button', class: 'sheet-close', 'aria-label': 'Close' }, '×')
  const heading = h('h2', { class: 'sheet-title' }, title)
  const dialog = h('dialog', { class: 'sheet', 'aria-label': title }, h('header', {}, heading, close), body)
  close.addEventListener('click', () => dialog.close())
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close() })
  dialog.addEventListener('close', () => dialog.remove())
  document.body.appendChild(dialog)
  dialog.showModal()
  return { dialog, body }
}
