/** Security headers on every answer, set by helmet: nosniff, no referrer, and a CSP without inline script. */
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The viewer's Content-Security-Policy. Scripts come from the server only (index.html has no inline
 * script); graphology's ForceAtlas2 and no-overlap workers are built from blob: URLs; the PNG
 * export and the favicon are data: and blob: images; sigma and the panels set style attributes
 * from script, which 'unsafe-inline' in style-src allows (never in script-src).
 */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  workerSrc: ["'self'", "blob:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", "data:"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // helmet's default would make browsers ask for https:// on a server that speaks plain HTTP on the LAN.
  upgradeInsecureRequests: null,
};

/** helmet with entente's policy; one middleware for the API and the viewer alike. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: "no-referrer" },
    xFrameOptions: { action: "deny" },
    // entente speaks plain HTTP; pinning HTTPS is the job of a TLS proxy in front, if any.
    strictTransportSecurity: false,
  }) as RequestHandler;
}
