// PLACEHOLDER: the CLI dispatcher (issue 2 adds brief/summarize, issue 3 ask, issue 4 chat).
process.stdout.write('usage: newsbrief <brief|summarize|ask|chat> …\n');
