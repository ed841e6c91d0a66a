#!/usr/bin/env python3
"""The events that differ between two `rasd extract` outputs, article by article (base vs a change: read every line).

    python scripts/session/diff_runs.py BASE.jsonl NEW.jsonl

An event is keyed by type, sub-type, place, date, actor1, actor2, fatalities and the start of its evidence."""
import json
import sys


def events(path: str) -> dict[str, list[dict]]:
    with open(path, encoding="utf-8") as fh:
        return {d["id"]: d.get("events") or [] for d in map(json.loads, fh)}


def key(e: dict) -> tuple:
    a1, a2 = e.get("actor1") or {}, e.get("actor2") or {}
    return (e.get("type"), e.get("sub_type"), e.get("place"), e.get("date"),
            a1.get("canonical") or a1.get("name"), a2.get("canonical") or a2.get("name"), e.get("fatalities"),
            (e.get("evidence") or "")[:60])


def main() -> int:
    base, new = events(sys.argv[1]), events(sys.argv[2])
    out = into = 0
    for aid in sorted(set(base) | set(new)):
        before, after = [key(e) for e in base.get(aid, [])], [key(e) for e in new.get(aid, [])]
        minus, plus = [k for k in before if k not in after], [k for k in after if k not in before]
        if minus or plus:
            print("==", aid)
            for k in minus:
                print("  -", k)
            for k in plus:
                print("  +", k)
            out, into = out + len(minus), into + len(plus)
    print(f"events {sum(map(len, base.values()))} -> {sum(map(len, new.values()))}; {out} lines out, {into} lines in")
    return 0


if __name__ == "__main__":
    sys.exit(main())
