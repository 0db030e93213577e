// History-API routing: the gateway answers every client path with index.html.
export type View = (main: HTMLElement, params: Record<string, string>, search: URLSearchParams) => (() => void) | void

interface Route { pattern: RegExp; keys: string[]; view: View }
const routes: Route[] = []
let cleanup: (() => void) | void
let render: () => void = () => undefined

export function route(path: string, view: View): void {
  const keys: string[] = []
  const pattern = new RegExp('^' + path.replace(/:(\w+)/g, (_, k: string) => { keys.push(k); return '([^/]+)' }) + '/?$')
  routes.push({ pattern, keys, view })
}

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url)
  else history.pushState(null, '', url)
  render()
}

export function start(main: HTMLElement, onRender: (path: string) => void): void {
  render = () => {
    if (cleanup) cleanup()
    const path = location.pathname
    const found = routes.find((r) => r.pattern.test(path))
    main.replaceChildren()
    onRender(path)
    if (!found) {
      main.textContent = 'Nothing here.'
      return
    }
    const values = found.pattern.exec(path)!.slice(1).map(decodeURIComponent)
    const params = Object.fromEntries(found.keys.map((k, i) => [k, values[i]]))
    cleanup = found.view(main, params, new URLSearchParams(location.search))
  }
  window.addEventListener('popstate', render)
  // Same-origin links navigate inside the client; modified clicks keep the browser's meaning.
  document.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a')
    if (!a || a.target || a.origin !== location.origin || a.hasAttribute('download')) return
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    if (/^\/(api|media)\//.test(a.pathname)) return
    e.preventDefault()
    navigate(a.pathname + a.search)
  })
  render()
}
