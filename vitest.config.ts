import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Browser and corpus tests are slow on 2-core machines with software WebGL.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The JSON report lets CI print a plain "N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: "test-output/vitest.json" },
  },
});
