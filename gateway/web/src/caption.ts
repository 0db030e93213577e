import { h } from './dom'

/** A caption with its #hashtags as links to their pages. */
export function captionNodes(text: string): (Node | string)[] {
  return text.split(/(#[\p{L}\p{N}_]+)/u).filter(Boolean).map((part) =>
    part.startsWith('#') && part.length > 1
      ? h('a', { href: `/tag/${encodeURIComponent(part.slice(1).toLowerCase())}`, class: 'tag' }, part)
      : part)
}
