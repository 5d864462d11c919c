/**
 * The API's defences, applied in this order by create-app: security headers and the Host check
 * on every request; then, on /api writes, same origin, read-only, bearer token and body type;
 * and after the routes, 405 for a known path asked with another method.
 */
export { answerOtherMethods } from "./allowed-methods.js";
export { requireBearerToken, type BearerTokenOptions } from "./bearer-token.js";
export { requireBodyType, type ExtraBodyTypes } from "./body-type.js";
export { apiGuards, appGuards, type AccessOptions } from "./guards.js";
export { securityHeaders } from "./headers.js";
export { hostCheck, splitHost, type HostCheckOptions } from "./host-check.js";
export { isWrite } from "./is-write.js";
export { refuseWrites } from "./read-only.js";
export { sameOriginWrites } from "./same-origin.js";
