// Likes, saves and follows from anywhere in the client. The API has no "liked by me" on cards yet,
// so what this browser did is remembered per user to draw the buttons the same after a reload.
import { ApiError, del, put } from './api'
import { navigate } from './router'
import { session } from './session'

function key(kind: string): string {
  return `sv.${kind}.${session()?.userId ?? 'anon'}`
}

export function remembered(kind: 'liked' | 'saved', id: string): boolean {
  return (JSON.parse(localStorage.getItem(key(kind)) ?? '[]') as string[]).includes(id)
}

function remember(kind: 'liked' | 'saved', id: string, on: boolean): void {
  const ids = new Set(JSON.parse(localStorage.getItem(key(kind)) ?? '[]') as string[])
  if (on) ids.add(id)
  else ids.delete(id)
  localStorage.setItem(key(kind), JSON.stringify([...ids].slice(-500)))
}

/** Sends the visitor to sign in (and back here after) when an action needs an account. */
export function requireSignIn(): boolean {
  if (session()) return true
  navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`)
  return false
}

export async function setLiked(videoId: string, on: boolean): Promise<void> {
  const url = `/api/videos/${encodeURIComponent(videoId)}/like`
  await (on ? put(url) : del(url))
  remember('liked', videoId, on)
}

export async function setSaved(videoId: string, on: boolean): Promise<void> {
  const url = `/api/videos/${encodeURIComponent(videoId)}/save`
  await (on ? put(url) : del(url))
  remember('saved', videoId, on)
}

export async function setFollowing(handle: string, on: boolean): Promise<void> {
  const url = `/api/users/${encodeURIComponent(handle)}/follow`
  await (on ? put(url) : del(url))
}

export function describe(e: unknown): string {
  if (e instanceof ApiError) return e.status === 404 ? 'Not available yet.' : e.message
  return 'Could not reach the server.'
}
