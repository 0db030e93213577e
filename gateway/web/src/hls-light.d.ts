// hls.js ships one declaration file for its full and light builds; the light build (no subtitles,
// alternate audio or DRM, none of which ShortVideo serves) has the same API.
declare module 'hls.js/light' {
  import Hls from 'hls.js'
  export default Hls
}
