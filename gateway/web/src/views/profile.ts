import { ApiError, Card, get, optional, Page, Profile, query, request } from '../api'
import { count, h, toast } from '../dom'
import { videoGrid } from '../grid'
import { navigate, View } from '../router'
import { session, signOut } from '../session'
import { describe, requireSignIn, setFollowing } from '../social'

export const profile: View = (main, params) => {
  const handle = params.handle.replace(/^@/, '')
  const head = h('div', { class: 'profile-head' }, h('p', { class: 'muted' }, 'Loading…'))
  main.append(h('div', { class: 'page profile' }, head,
    videoGrid((cursor) => optional(get<Page<Card>>(`/api/users/${encodeURIComponent(handle)}/videos${query({ cursor })}`)), 'No videos yet.')))
  get<Profile>(`/api/users/${encodeURIComponent(handle)}`).then(
    (p) => head.replaceChildren(...header(p)),
    (e) => head.replaceChildren(h('h1', {}, `@${handle}`), h('p', { class: 'muted' }, e instanceof ApiError && e.status === 404 ? 'No such account.' : describe(e))))
}

function header(p: Profile): Node[] {
  const mine = session()?.handle === p.handle
  const stat = (n: number, label: string) => h('li', {}, h('strong', {}, count(n)), h('span', {}, label))
  const youtube = youtubeOf(p)
  const links = h('ul', { class: 'profile-links' },
    youtube ? h('li', {}, h('a', { href: youtube, rel: 'me noopener noreferrer', target: '_blank' }, 'YouTube')) : null,
    p.links?.instagram ? h('li', {}, h('a', { href: p.links.instagram, rel: 'me noopener noreferrer', target: '_blank' }, 'Instagram')) : null)
  return [
    p.avatarUrl ? h('img', { class: 'avatar big', src: p.avatarUrl, alt: '' }) : h('span', { class: 'avatar big', 'aria-hidden': 'true' }, p.handle.charAt(0).toUpperCase()),
    h('h1', {}, `@${p.handle}`),
    p.displayName ? h('p', { class: 'display-name' }, p.displayName) : null,
    h('ul', { class: 'profile-stats' }, stat(p.stats.following, 'Following'), stat(p.stats.followers, 'Followers'), stat(p.stats.likes, 'Likes')),
    mine ? ownActions(p) : followButton(p),
    p.bio ? h('p', { class: 'bio' }, p.bio) : null,
    links,
  ].filter((n): n is HTMLElement => !!n)
}

function followButton(p: Profile): HTMLElement {
  let on = !!p.isFollowing
  const button = h('button', { type: 'button', class: on ? 'secondary' : 'primary', 'aria-pressed': String(on) }, on ? 'Following' : 'Follow')
  button.addEventListener('click', async () => {
    if (!requireSignIn()) return
    try {
      await setFollowing(p.handle, !on)
      on = !on
      button.textContent = on ? 'Following' : 'Follow'
      button.className = on ? 'secondary' : 'primary'
      button.setAttribute('aria-pressed', String(on))
    } catch (e) {
      toast(describe(e))
    }
  })
  return button
}

function ownActions(p: Profile): HTMLElement {
  const field = (name: string, label: string, value: string | null | undefined, type = 'text') =>
    h('label', {}, label, h('input', { type, name, value: value ?? '' }))
  const form = h('form', { class: 'stack edit-profile', hidden: true },
    field('displayName', 'Name', p.displayName),
    h('label', {}, 'Bio', h('textarea', { name: 'bio', rows: 3, maxlength: 300 }, p.bio ?? '')),
    field('youtube', 'YouTube channel URL', youtubeOf(p), 'url'),
    field('instagram', 'Instagram profile URL', p.links?.instagram, 'url'),
    h('p', { class: 'error', role: 'alert' }),
    h('button', { type: 'submit', class: 'primary' }, 'Save profile'))
  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    const data = new FormData(form)
    const text = (k: string) => String(data.get(k) ?? '').trim()
    try {
      await request('PATCH', '/api/users/me', {
        displayName: text('displayName'), bio: text('bio'),
        // An empty link removes it; null would leave it as it was.
        links: { youtube: text('youtube'), instagram: text('instagram') },
      })
      navigate(`/@${p.handle}`, true)
    } catch (err) {
      form.querySelector('.error')!.textContent = describe(err)
    }
  })
  const edit = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, 'Edit profile')
  edit.addEventListener('click', () => {
    form.hidden = !form.hidden
    edit.setAttribute('aria-expanded', String(!form.hidden))
  })
  const out = h('button', { type: 'button', class: 'link-button' }, 'Sign out')
  out.addEventListener('click', () => {
    signOut()
    navigate('/')
  })
  return h('div', { class: 'own-actions' }, h('div', { class: 'row' }, edit, h('a', { class: 'secondary', href: '/saved' }, 'Saved'), out), form)
}

function youtubeOf(p: Profile): string | null {
  return p.links?.youtube ?? p.links?.youTube ?? null
}
