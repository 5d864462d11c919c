/* Runs before the viewer's code (a plain file, so the page needs no inline script under its CSP):
   moves a #token= of the link the server printed into sessionStorage, then asks for the graph while
   the viewer's code loads. api/index.ts reads the same key and takes this answer (window.__ententeGraph). */
/* global window, location, history, sessionStorage, fetch, URLSearchParams */
(function () {
  var TOKEN_KEY = "entente:token";
  var params = new URLSearchParams(location.hash.slice(1));
  var token = params.get("token");
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    // Out of the address bar, so "Copy link", bookmarks and screen shares do not carry it.
    params.delete("token");
    var rest = params.toString();
    history.replaceState(null, "", location.pathname + location.search + (rest ? "#" + rest : ""));
  }
  // A date range in the URL asks for another graph: the viewer fetches that one itself.
  if (params.has("from") || params.has("to")) return;
  var headers = { Accept: "application/json" };
  var stored = sessionStorage.getItem(TOKEN_KEY);
  if (stored) headers.Authorization = "Bearer " + stored;
  window.__ententeGraph = fetch("/api/graph", { headers: headers });
})();
