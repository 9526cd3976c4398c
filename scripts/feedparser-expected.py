"""Writes <dir>/expected-feedparser.json for the feeds in <dir>/feeds, as Python's feedparser
reads them ({file: {version, bozo, title, items: [{title, link}]}}, titles stripped of tags and
entities), so `npm run eval:feeds -- <dir>` can measure newsbrief on any folder of feeds.
Needs feedparser 6 (Debian: apt-get install python3-feedparser)."""
import html
import json
import os
import re
import sys

import feedparser


def strip(text):
    return html.unescape(re.sub(r"<[^>]*>", "", text or "")).strip()


def main(folder):
    expected = {}
    for name in sorted(os.listdir(os.path.join(folder, "feeds"))):
        with open(os.path.join(folder, "feeds", name), "rb") as feed:
            parsed = feedparser.parse(feed.read())
        expected[name] = {
            "version": parsed.get("version", ""),
            "bozo": bool(parsed.get("bozo")),
            "title": strip(parsed.feed.get("title", "")),
            "items": [
                {"title": strip(e.get("title", "")), "link": e.get("link", "")}
                for e in parsed.entries
            ],
        }
    with open(os.path.join(folder, "expected-feedparser.json"), "w") as out:
        json.dump(expected, out, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main(sys.argv[1])
