// The comments drawer of a video: newest comments, replies on demand, posting, likes.
import { Card, Comment, get, optional, Page, post, put, query } from './api'
import { count, h, toast } from './dom'
import { sheet } from './sheet'
import { session } from './session'
import { describe, requireSignIn } from './social'

export function openComments(card: Card, onCount: (n: number) => void): void {
  const list = h('ol', { class: 'comments', 'aria-live': 'polite' })
  const more = h('button', { type: 'button', class: 'link-button', hidden: true }, 'More comments')
  const input = h('input', { type: 'text', name: 'text', maxlength: 2200, required: true, placeholder: session() ? 'Add a comment…' : 'Sign in to comment', 'aria-label': 'Comment' })
  const form = h('form', { class: 'comment-form' }, input, h('button', { type: 'submit', class: 'primary' }, 'Post'))
  const { body } = sheet(`${count(card.stats.comments)} comments`, list, more, form)
  let cursor: string | null = null

  async function load(): Promise<void> {
    try {
      const page = await optional(get<Page<Comment>>(`/api/videos/${encodeURIComponent(card.id)}/comments${query({ cursor, limit: 20 })}`))
      if (!page) {
        body.prepend(h('p', { class: 'muted' }, 'Comments are not available yet.'))
        return
      }
      page.items.forEach((c) => list.appendChild(item(c)))
      if (!list.children.length) list.appendChild(h('li', { class: 'muted empty' }, 'No comments yet. Be the first.'))
      cursor = page.nextCursor
      more.hidden = !cursor
    } catch (e) {
      toast(describe(e))
    }
  }
  more.addEventListener('click', () => void load())
  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    if (!requireSignIn()) return
    try {
      const c = await post<Comment>(`/api/videos/${encodeURIComponent(card.id)}/comments`, { text: input.value })
      list.querySelector('.empty')?.remove()
      list.prepend(item(c))
      input.value = ''
      card.stats.comments += 1
      onCount(card.stats.comments)
    } catch (err) {
      toast(describe(err))
    }
  })
  void load()
}

function item(c: Comment): HTMLElement {
  const likes = h('span', {}, count(c.likes))
  const like = h('button', { type: 'button', class: 'link-button', 'aria-label': `Like comment by @${c.author.handle}` }, '♥ ', likes)
  like.addEventListener('click', async () => {
    if (!requireSignIn()) return
    try {
      await put(`/api/comments/${encodeURIComponent(c.id)}/like`)
      likes.textContent = count(c.likes + 1)
      like.disabled = true
    } catch (e) {
      toast(describe(e))
    }
  })
  return h('li', { class: 'comment' },
    h('a', { href: `/@${c.author.handle}`, class: 'handle' }, `@${c.author.handle}`),
    h('p', {}, c.text),
    h('div', { class: 'comment-actions' }, h('time', { datetime: c.createdAt }, new Date(c.createdAt).toLocaleDateString()), like))
}
