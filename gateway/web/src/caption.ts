import { h } from './dom'

/**
 * A caption with its #hashtags as links to their pages: only the tags the video has (`tags`, as the server read them), so a
 * "#word" the server does not count as a tag (too long, after a letter as in "C#") stays text, as it has no page.
 */
export function captionNodes(text: string, tags: readonly string[]): (Node | string)[] {
  const known = new Set(tags)
  return text.split(/(#[\p{L}\p{N}_]+)/u).filter(Boolean).map((part) =>
    part.startsWith('#') && known.has(part.slice(1).normalize('NFKC').toLowerCase())
      ? h('a', { href: `/tag/${encodeURIComponent(part.slice(1).toLowerCase())}`, class: 'tag' }, part)
      : part)
}
