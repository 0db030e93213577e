// Attaches an HLS playlist to a <video>: hls.js over Media Source Extensions where it runs (no
// hand-written player), the browser's own HLS (Safari, iOS) where it does not.
import Hls from 'hls.js/light'

export type Detach = () => void

export function attach(video: HTMLVideoElement, playlistUrl: string, onFatal: (message: string) => void): Detach {
  if (Hls.isSupported()) {
    const hls = new Hls({
      capLevelToPlayerSize: true,
      // Preloaded neighbours fetch a few seconds only; the playing video grows its buffer as it plays.
      maxBufferLength: 8,
      maxMaxBufferLength: 30,
      startLevel: -1,
    })
    hls.on(Hls.Events.ERROR, (_event, data) => {
      if (!data.fatal) return
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR) hls.recoverMediaError()
      else onFatal(`This video cannot play (${data.details}).`)
    })
    hls.loadSource(playlistUrl)
    hls.attachMedia(video)
    return () => hls.destroy()
  }
  if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = playlistUrl
    video.preload = 'auto'
    return () => {
      video.removeAttribute('src')
      video.load()
    }
  }
  onFatal('This browser cannot play HLS video.')
  return () => undefined
}
