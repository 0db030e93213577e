import { h } from './dom'

/**
 * How a tag compares: the server's form (NFKC, lower case), less the lower-casing .NET and JavaScript do differently (a final
 * sigma; a dotted capital I, which both sides then put through the same function here).
 */
const key = (tag: string): string => tag.normalize('NFKC').toLowerCase().replace(/ς/g, 'σ')

/**
 * A caption with its #hashtags as links to their pages: only the tags the video has (`tags`, as the server read them), so a
 * "#word" the server does not count as a tag (too long, after a letter as in "C#") stays text, as it has no page. A full-width
 * "＃ｄａｎｃｅ" is the server's #dance, and links to it.
 */
export function captionNodes(text: string, tags: readonly string[]): (Node | string)[] {
  const known = new Map(tags.map((tag) => [key(tag), tag]))
  return text.split(/([#＃][\p{L}\p{N}\p{M}_＿]+)/u).filter(Boolean).map((part) => {
    const tag = /^[#＃]/u.test(part) ? known.get(key(part.slice(1))) : undefined
    return tag === undefined ? part : h('a', { href: `/tag/${encodeURIComponent(tag)}`, class: 'tag' }, part)
  })
}
