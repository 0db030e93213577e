// A signed-out reader's visitor id: random, made once per browser and kept in localStorage, sent as
// X-Visitor-Id on For You, views and shares so the For You feed adapts to their swipes without an
// account. It names a recommendation profile and nothing else; signed in, the token is sent instead.
import { session } from './session'

const KEY = 'sv.visitor'
const VALID = /^[A-Za-z0-9_-]{16,64}$/

function newId(): string {
  // getRandomValues works on plain http too, where crypto.randomUUID is not available.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
}

export function visitorId(): string | null {
  try {
    let id = localStorage.getItem(KEY)
    if (!id || !VALID.test(id)) {
      id = newId()
      localStorage.setItem(KEY, id)
    }
    return id
  } catch {
    return null
  }
}

/** The visitor id header when signed out; nothing when signed in. */
export function visitorHeaders(): Record<string, string> {
  if (session()) return {}
  const id = visitorId()
  return id ? { 'X-Visitor-Id': id } : {}
}
