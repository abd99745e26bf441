import { secureHeaders } from 'hono/secure-headers';

/** CSP without inline scripts or styles; no framing; no referrer across origins. */
export const securityHeaders = () => secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  xFrameOptions: 'DENY',
  crossOriginEmbedderPolicy: false,
  // A handler may set a stricter header itself (attachments are served with CSP sandbox).
  overwrite: false,
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
});
