/**
 * A video facade: the page shows a poster and a play button, and only a click brings in
 * the provider's player, so nothing is requested from a video host before the reader asks.
 */
const HLS_TYPE = 'application/vnd.apple.mpegurl'

/** The provider's player starts playing at once: the click was the reader's request. */
export function autoplaySource(embedUrl: string): string {
  const url = new URL(embedUrl)
  url.searchParams.set('autoplay', '1')
  return url.href
}

function providerFrame(embedUrl: string, title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe')
  frame.src = autoplaySource(embedUrl)
  frame.title = title
  frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media'
  frame.referrerPolicy = 'strict-origin-when-cross-origin'
  return frame
}

function videoElement(source: string, title: string): HTMLVideoElement {
  const video = document.createElement('video')
  video.src = source
  video.controls = true
  video.autoplay = true
  video.playsInline = true
  video.setAttribute('aria-label', title)
  return video
}

function streamLink(source: string, note: string): HTMLElement {
  const paragraph = document.createElement('p')
  paragraph.className = 'video-note'
  const link = document.createElement('a')
  link.href = source
  link.textContent = source
  paragraph.append(note, ' ', link)
  return paragraph
}

function playerFor(facade: HTMLElement): HTMLElement {
  const { embed = '', playback, title = '', hlsNote = '' } = facade.dataset
  if (playback === 'iframe') return providerFrame(embed, title)
  if (playback === 'hls' && !document.createElement('video').canPlayType(HLS_TYPE))
    return streamLink(embed, hlsNote)
  return videoElement(embed, title)
}

export function startVideo(facade: HTMLElement): void {
  const stage = facade.querySelector<HTMLElement>('[data-video-stage]')
  if (!stage) return
  const player = playerFor(facade)
  stage.replaceChildren(player)
  stage.classList.add('is-playing')
  facade.dataset.videoStarted = ''
  // Keyboard and screen reader users land on the player they asked for.
  ;(player.querySelector('a') ?? player).focus()
}

export function enhanceFacade(facade: HTMLElement): void {
  const button = facade.querySelector<HTMLButtonElement>('[data-play]')
  if (!button) return
  button.hidden = false
  button.addEventListener('click', () => startVideo(facade), { once: true })
}
