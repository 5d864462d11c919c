// Lint: typescript-eslint's recommended rules, zero warnings allowed (see package.json "lint").
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "client/dist/", "test-output/", "scratch/", "data/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly" } },
    rules: {
      // `_name` marks a value deliberately left unused (destructuring it away, an unused parameter).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // Extraction rules are small values run by a loop (issue 11): a rule that needs more branches is two rules.
    files: ["server/src/extract/classify/**/*.ts", "server/src/extract/resolve/**/*.ts"],
    rules: { complexity: ["error", 15] },
  },
  {
    // API test bodies are untyped JSON read by assertions.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
