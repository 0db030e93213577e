// The gateway's HTTP contract (shared/API.md), typed as the client uses it.
import { session, signOut } from './session'
import { visitorHeaders } from './visitor'

export interface Creator { id: string; handle: string; displayName?: string | null }
export interface Card {
  id: string
  creator: Creator
  caption: string
  hashtags: string[]
  sound: { id: string; title: string } | null
  durationMs: number
  width: number
  height: number
  playlistUrl: string | null
  posterUrl: string | null
  stats: { views: number; likes: number; comments: number; shares: number }
  createdAt: string
  duetOf?: string
  stitchOf?: string
  reason?: { source: string; detail: string }
}
export interface VideoDetail extends Card {
  status: 'processing' | 'ready' | 'failed'
  progress?: number | null
  failureReason?: string | null
  allowDuet?: boolean
  allowStitch?: boolean
}
export interface Page<T> { items: T[]; nextCursor: string | null }
export interface Profile {
  id: string
  handle: string
  displayName: string | null
  bio: string | null
  // social-graph spells the key youTube today; API.md says youtube. The client reads either.
  links: { youtube?: string | null; youTube?: string | null; instagram?: string | null }
  stats: { followers: number; following: number; videos: number; likes: number }
  isFollowing?: boolean
  followsYou?: boolean
  avatarUrl?: string | null
}
export interface Comment { id: string; author: Creator; text: string; parentId?: string | null; createdAt: string; likes: number }
export interface Notification { id: string; kind: string; actor: Creator; videoId?: string; commentId?: string; createdAt: string; read: boolean }
export interface Template {
  id: string
  name: string
  description: string
  needsSound?: boolean
  parameters: { name: string; type: string; description: string; default?: string | null; min?: number | null; max?: number | null; choices?: string[] | null }[]
}
export interface Sound { id: string; title: string; owner?: Creator | string; durationMs: number; audioUrl: string; videoCount: number }

/** A non-2xx answer, carrying the problem details' words for the person who caused it. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly errors: Record<string, string[]> = {}) {
    super(message)
  }
}

export function authHeaders(): Record<string, string> {
  const s = session()
  return s ? { Authorization: `Bearer ${s.token}` } : {}
}

export async function request<T>(method: string, url: string, body?: unknown, init: RequestInit = {}, extra: Record<string, string> = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders(), ...extra }
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  const response = await fetch(url, { method, headers, body: payload, ...init })
  if (response.status === 401 && session()) signOut()
  if (!response.ok) throw await problem(response)
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

async function problem(response: Response): Promise<ApiError> {
  try {
    const p = await response.json()
    const errors = (p.errors ?? {}) as Record<string, string[]>
    const first = Object.values(errors).flat()[0]
    return new ApiError(response.status, first ?? p.detail ?? p.title ?? response.statusText, errors)
  } catch {
    return new ApiError(response.status, response.status === 429 ? 'Too many requests; try again in a moment.' : `The server answered ${response.status}.`)
  }
}

export const get = <T>(url: string) => request<T>('GET', url)
export const put = (url: string) => request<void>('PUT', url)
export const del = (url: string) => request<void>('DELETE', url)
export const post = <T>(url: string, body?: unknown) => request<T>('POST', url, body)
/** For what adapts to the reader (For You, views, shares): signed out, these carry the visitor id. */
export const getAsReader = <T>(url: string) => request<T>('GET', url, undefined, {}, visitorHeaders())
export const postAsReader = <T>(url: string, body?: unknown) => request<T>('POST', url, body, {}, visitorHeaders())

/** Routes other teams are still building answer 404; the client then shows what it can instead of failing. */
export async function optional<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405 || e.status === 501)) return null
    throw e
  }
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}

/** Reports watch time when leaving a video; keepalive lets it outlive a page being closed. */
export function reportView(videoId: string, watchedMs: number): void {
  void fetch(`/api/videos/${encodeURIComponent(videoId)}/views`, {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json', ...authHeaders(), ...visitorHeaders() },
    body: JSON.stringify({ watchedMs: Math.round(watchedMs) }),
  }).catch(() => undefined)
}
