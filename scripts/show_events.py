#!/usr/bin/env python3
"""Prints entente's JSONL events one per line, compactly, for `make demo`.

Usage: scripts/show_events.py [--width N] [FILE...]   (no FILE, or -: stdin)

Each line: sentence number, source -> target, CAMEO code, PLOVER type,
modality flags (neg = negated, hyp = hypothetical, - = neither), then the
sentence cut to --width characters (default 110). Lines that are not JSON
objects are reported on stderr and skipped. Standard library only.
"""
import argparse
import json
import sys


def cut(text, width):
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def flags(event):
    marks = [name for key, name in (("negated", "neg"), ("hypothetical", "hyp"))
             if event.get(key) is True]
    return ",".join(marks) or "-"


def rows(stream, name):
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except ValueError as e:
            print(f"show_events: {name}:{number}: not JSON: {e}", file=sys.stderr)
            continue
        if not isinstance(event, dict):
            print(f"show_events: {name}:{number}: not a JSON object", file=sys.stderr)
            continue
        yield event


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=["-"])
    parser.add_argument("--width", type=int, default=110, help="sentence width")
    args = parser.parse_args()

    events = []
    for name in args.files:
        if name == "-":
            events.extend(rows(sys.stdin, "<stdin>"))
        else:
            with open(name, encoding="utf-8", errors="replace") as f:
                events.extend(rows(f, name))

    table = [("sent", "source", "target", "code", "plover", "flags", "sentence")]
    for e in events:
        table.append((str(e.get("sentence", "")), e.get("source") or "---",
                      e.get("target") or "---", e.get("code") or "---",
                      e.get("plover") or "-", flags(e),
                      cut(str(e.get("text", "")), args.width)))
    widths = [max(len(r[i]) for r in table) for i in range(6)]
    for r in table:
        # sent  source -> target  code  plover  flags  sentence
        print(f"{r[0]:>{widths[0]}}  {r[1]:<{widths[1]}} -> {r[2]:<{widths[2]}}  "
              f"{r[3]:<{widths[3]}}  {r[4]:<{widths[4]}}  {r[5]:<{widths[5]}}  {r[6]}")
    print(f"{len(events)} event{'' if len(events) == 1 else 's'}")


if __name__ == "__main__":
    main()
