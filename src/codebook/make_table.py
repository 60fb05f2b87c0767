#!/usr/bin/env python3
"""Regenerates src/codebook/cameo.tsv, entente's own CAMEO table.

Run by hand when the facts change (the build never runs it; it only embeds
the committed cameo.tsv):

    python3 src/codebook/make_table.py [--shared ../shared] > src/codebook/cameo.tsv

It reads three third-party files under SHARED/refdata/codebooks/ and writes
one row per CAMEO event code: code, name, goldstein, plover.  Every place
where the sources are inconsistent and we decided something is listed below
and repeated in the TSV's header comments, so the table explains itself.
See docs/formats/codebook.md.
"""

import argparse
import os
import re
import sys

# Names in CAMEO.eventcodes.txt that are damaged in the source file.  We fix
# them here (facts, not copied text): code -> corrected name.
NAME_FIXES = {
    # Mac Roman curly quotes read as Latin-1, and the 't' lost: "ÒhirdÓlocation".
    "044": "Meet at a 'third' location",
    "033": "Express intent to provide material aid, not specified below",  # "matyerial"
    "2041": "Use chemical, biological, or radiological weapons",  # "radiologicalweapons"
}

# CAMEO2PLOVER-2021.txt lists root 08 twice ("08: CONCEDE" and "08: RETREAT"):
# its sub-codes are split between the two.  The root itself ("YIELD") takes
# the type of its generic child 080 ("Yield" -> CONCEDE).
ROOT_PLOVER_OVERRIDE = {"08": "CONCEDE"}


def read_tsv(path):
    """Rows of a two-column, tab-separated file with one header line."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            sys.exit(f"{path}:{n}: expected 2 tab-separated fields: {line!r}")
        rows.append((parts[0].strip(), parts[1]))
    return rows


def clean_name(code, name):
    if code in NAME_FIXES:
        return NAME_FIXES[code]
    name = re.sub(r"\s+", " ", name).strip()  # trailing and doubled spaces
    if not name.isascii():
        sys.exit(f"unexpected non-ASCII name for {code}: {name!r}; add a fix")
    return name


def read_plover(path):
    """code -> (plover type, comment) from 'CODE: TYPE, mode, context # comment'."""
    out = {}
    root_headers = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            m = re.match(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$", line.rstrip("\n"))
            if not m:
                continue
            code, body, comment = m.group(1), m.group(2), (m.group(3) or "").strip()
            ptype = body.split(",")[0].strip()
            if not re.fullmatch(r"[A-Z_]+", ptype):
                sys.exit(f"{path}:{n}: bad PLOVER type {ptype!r}")
            if "," not in body:  # a section header: "03: AGREE"
                root_headers.setdefault(code, []).append(ptype)
                continue
            if code in out and out[code][0] != ptype:
                sys.exit(f"{path}:{n}: {code} mapped twice, differently")
            out[code] = (ptype, comment)
    for root, types in root_headers.items():
        if root in ROOT_PLOVER_OVERRIDE:
            types = [ROOT_PLOVER_OVERRIDE[root]]
        if len(set(types)) != 1:
            sys.exit(f"{path}: root {root} has headers {types}; add an override")
        out[root] = (types[0], "")
    return out


def nearest_parent(code, table):
    for n in range(len(code) - 1, 1, -1):
        if code[:n] in table:
            return code[:n]
    return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    args = ap.parse_args()
    cb = os.path.join(args.shared, "refdata", "codebooks")

    names = {c: clean_name(c, n) for c, n in read_tsv(os.path.join(cb, "CAMEO.eventcodes.txt"))}
    gold = {}
    for c, v in read_tsv(os.path.join(cb, "CAMEO.goldsteinscale.txt")):
        if not re.fullmatch(r"-?\d+(\.\d)?", v.strip()):
            sys.exit(f"Goldstein value for {c} is not a number with one decimal: {v!r}")
        gold[c] = float(v)
    plover = read_plover(os.path.join(cb, "CAMEO2PLOVER-2021.txt"))

    notes = []
    # Codes that only CAMEO2PLOVER knows (1213, 1214): take the name from its
    # comment and the Goldstein value from the nearest parent.
    for code, (_, comment) in sorted(plover.items()):
        if code not in names:
            names[code] = comment
            notes.append(f"{code}: not in CAMEO.eventcodes.txt, name from CAMEO2PLOVER-2021.txt")
    rows = []
    for code in sorted(names):
        if not re.fullmatch(r"\d{2,4}", code):
            sys.exit(f"bad code {code!r}")
        g = gold.get(code)
        if g is None:
            parent = nearest_parent(code, gold)
            if parent is None:
                sys.exit(f"no Goldstein value for {code} or any parent")
            g = gold[parent]
            notes.append(f"{code}: not in CAMEO.goldsteinscale.txt, Goldstein {g:.1f} from parent {parent}")
        p = plover.get(code, ("", ""))[0]
        if not p and code[:2] not in ("01", "02"):
            sys.exit(f"no PLOVER type for {code}")
        rows.append((code, names[code], g, p))
    # embed_table.cmake splits CMake lists on ';' and groups on brackets.
    for code, name, _, _ in rows:
        if any(ch in name for ch in "\t\n;[]\\\""):
            sys.exit(f"name of {code} holds a character the embedder rejects: {name!r}")

    w = sys.stdout.write
    w("# entente CAMEO codebook: code, name, goldstein, plover. Generated by\n")
    w("# src/codebook/make_table.py. Edit that script, not this file.\n")
    w("# code, name: CAMEO.eventcodes.txt (GDELT's CAMEO 1.1b3 list). Spaces in\n")
    w("#   names trimmed, and names repaired where the source is damaged:\n")
    for c, n in sorted(NAME_FIXES.items()):
        w(f"#   {c} {n}\n")
    w("# goldstein: GDELT's CAMEO.goldsteinscale.txt. The Phoenix pipeline table\n")
    w("#   differs on 016 022 124 1246 163 165 166. We keep GDELT's values.\n")
    w("# plover: event type (first field) of CAMEO2PLOVER-2021.txt (PLOVER draft 0.8,\n")
    w("#   2021-09-17). Roots 01 and 02 have none (empty). Root 08 is listed under\n")
    w("#   both CONCEDE and RETREAT there. We use CONCEDE, as for its child 080.\n")
    for n in notes:
        w(f"# note: {n}\n")
    w("code\tname\tgoldstein\tplover\n")
    for code, name, g, p in rows:
        w(f"{code}\t{name}\t{g:.1f}\t{p}\n")


if __name__ == "__main__":
    main()
