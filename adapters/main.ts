// PLACEHOLDER: starts every configured adapter; with no tokens, the console chat (issue 4).
await import('./cli/main.js');
