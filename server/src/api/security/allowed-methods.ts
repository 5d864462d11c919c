/** Answers a known route asked with a method it does not have: 405 with an `Allow` header, not a 404. */
import type { Router } from "express";
import { MethodNotAllowedError } from "../../errors.js";

/** Each route path of `router` and the methods its handlers answer (HEAD comes with GET in express). */
function methodsByPath(router: Router): Map<string, Set<string>> {
  const byPath = new Map<string, Set<string>>();
  for (const layer of router.stack) {
    if (!layer.route) continue;
    const methods = byPath.get(layer.route.path) ?? new Set<string>();
    for (const handler of layer.route.stack) if (handler.method) methods.add(handler.method.toUpperCase());
    if (methods.has("GET")) methods.add("HEAD");
    byPath.set(layer.route.path, methods);
  }
  return byPath;
}

/**
 * Call after the last route of `router`: reads the routes registered so far and, for each path,
 * adds a catch-all that answers OPTIONS with the methods it allows and any other method with 405.
 */
export function answerOtherMethods(router: Router): void {
  for (const [path, methods] of methodsByPath(router)) {
    const allowed = [...methods, "OPTIONS"];
    router.all(path, (req, res, next) => {
      if (req.method === "OPTIONS") {
        res.setHeader("Allow", allowed.join(", "));
        res.status(204).end();
        return;
      }
      next(new MethodNotAllowedError(`${req.method} ${req.baseUrl}${req.path}: the route answers ${allowed.join(", ")}`, allowed));
    });
  }
}
