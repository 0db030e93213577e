import { h, icon } from './dom'
import { route, start } from './router'
import { onSessionChange, session } from './session'
import { signInView, signUpView } from './views/auth'
import { forYou, following, single } from './views/feeds'
import { inbox, saved } from './views/inbox'
import { hashtag, sound } from './views/pages'
import { profile } from './views/profile'
import { searchView } from './views/search'
import { upload } from './views/upload'

route('/', forYou)
route('/following', following)
route('/video/:id', single)
route('/upload', upload)
route('/tag/:tag', hashtag)
route('/sound/:id', sound)
route('/search', searchView)
route('/inbox', inbox)
route('/saved', saved)
route('/signin', signInView)
route('/signup', signUpView)
route('/:handle', profile)

const nav = document.getElementById('nav')!
const main = document.getElementById('main')!

function drawNav(path: string): void {
  const me = session()
  const item = (href: string, label: string, name: string, current: boolean, extra = '') =>
    h('a', { href, class: `nav-item ${extra}`, 'aria-current': current ? 'page' : null }, icon(name), h('span', {}, label))
  nav.replaceChildren(
    item('/', 'Home', 'home', path === '/' || path === '/following' || path.startsWith('/video/')),
    item('/search', 'Discover', 'search', path.startsWith('/search') || path.startsWith('/tag/') || path.startsWith('/sound/')),
    item('/upload', 'Upload', 'plus', path === '/upload', 'create'),
    item('/inbox', 'Inbox', 'bell', path === '/inbox'),
    me ? item(`/@${me.handle}`, 'Profile', 'user', path === `/@${me.handle}`) : item('/signin', 'Sign in', 'user', path === '/signin' || path === '/signup'))
}

onSessionChange(() => drawNav(location.pathname))
start(main, drawNav)
