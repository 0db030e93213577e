// The signed-in user, kept in localStorage so a reload or a new tab stays signed in.
export interface Session { userId: string; handle: string; token: string }

const KEY = 'sv.session'
const listeners = new Set<() => void>()

export function session(): Session | null {
  try {
    const raw = localStorage.getItem(KEY)
    return raw ? (JSON.parse(raw) as Session) : null
  } catch {
    return null
  }
}

export function signIn(s: Session): void {
  localStorage.setItem(KEY, JSON.stringify(s))
  listeners.forEach((l) => l())
}

export function signOut(): void {
  localStorage.removeItem(KEY)
  listeners.forEach((l) => l())
}

export function onSessionChange(listener: () => void): void {
  listeners.add(listener)
}
