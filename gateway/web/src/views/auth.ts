import { post } from '../api'
import { h } from '../dom'
import { navigate, View } from '../router'
import { Session, signIn } from '../session'
import { describe } from '../social'
import { page } from './pages'

function authForm(main: HTMLElement, search: URLSearchParams, mode: 'signin' | 'signup'): void {
  const next = search.get('next')?.startsWith('/') ? search.get('next')! : '/'
  const error = h('p', { class: 'error', role: 'alert' })
  const signup = mode === 'signup'
  const form = h('form', { class: 'stack auth-form' },
    h('label', {}, 'Handle', h('input', { name: 'handle', required: true, minlength: 2, maxlength: 24, pattern: signup ? '[A-Za-z0-9._]*[A-Za-z0-9][A-Za-z0-9._]*' : '[A-Za-z0-9._]+', title: signup ? 'Letters, digits, dots and underscores, with at least one letter or digit' : 'Letters, digits, dots and underscores', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' })),
    signup ? h('label', {}, 'Name (optional)', h('input', { name: 'displayName', maxlength: 50, autocomplete: 'name' })) : null,
    h('label', {}, 'Password', h('input', { name: 'password', type: 'password', required: true, minlength: 8, autocomplete: signup ? 'new-password' : 'current-password' })),
    error,
    h('button', { type: 'submit', class: 'primary' }, signup ? 'Sign up' : 'Sign in'),
    h('p', {}, signup ? 'Have an account? ' : 'New here? ',
      h('a', { href: `/${signup ? 'signin' : 'signup'}?next=${encodeURIComponent(next)}` }, signup ? 'Sign in' : 'Sign up')))
  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>
    if (!data.displayName) delete data.displayName
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!
    button.disabled = true
    try {
      const s = await post<Session>(signup ? '/api/auth/register' : '/api/auth/login', data)
      signIn({ userId: s.userId, handle: s.handle, token: s.token })
      navigate(next, true)
    } catch (err) {
      error.textContent = describe(err)
      button.disabled = false
    }
  })
  page(main, signup ? 'Sign up' : 'Sign in', form)
  form.querySelector('input')?.focus()
}

export const signInView: View = (main, _p, search) => authForm(main, search, 'signin')
export const signUpView: View = (main, _p, search) => authForm(main, search, 'signup')
