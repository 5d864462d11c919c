/** Vite build of the viewer: client/ is the root, the bundle goes to client/dist for express to serve. */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const clientDir = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: clientDir,
  // Relative asset URLs so the bundle works wherever express mounts it.
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // `npx vite --config client/vite.config.ts` next to `npm run entente -- serve --port 3000`.
    proxy: { "/api": "http://localhost:3000" },
  },
});
