// A placeholder process for Playwright's second web server: the site is served by
// `npm start` (started by the first), and Playwright only needs to wait for its URL.
setInterval(() => undefined, 60_000)
