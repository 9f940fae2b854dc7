/**
 * Which browser origins may open a socket. Extensions connect from `chrome-extension://<id>` or
 * `moz-extension://<uuid>`; any other web origin must be listed in ALLOWED_ORIGINS, so a web page
 * a user happens to visit cannot talk to the hub with a token it found. Clients that send no
 * Origin (the CLI, other servers) are not browsers and rely on their token alone.
 */
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/i;

export function createOriginPolicy(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins.map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean));
  return (origin: string | undefined): boolean => origin === undefined || EXTENSION_ORIGIN.test(origin) || allowed.has(origin);
}
