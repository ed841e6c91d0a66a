"""The first K articles of a file through the pipeline (full) or recognition alone (rec): count_instructions.sh."""
import json
import sys

from rasd.model import Article
from rasd.pipeline import Pipeline


def main() -> None:
    path, mode, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(path, encoding="utf-8") as fh:
        arts = [json.loads(line) for line in fh][:k]
    pipe = Pipeline()
    r = pipe.resources
    if mode == "rec":
        from rasd.recognise.dates import find_dates
        from rasd.recognise.numbers import find_numbers
        from rasd.text.segment import segment

        def run(a: Article) -> None:
            seg = segment(a.text)
            numbers = find_numbers(seg, r.numbers)
            find_dates(seg, r.calendar)
            r.places.find(seg, numbers)
            r.actors.find(seg)
    else:
        run = pipe.extract
    for d in arts:
        run(Article(id=d["id"], text=d["text"], url=d.get("url"), outlet=d.get("outlet"), published=d.get("published")))


if __name__ == "__main__":
    main()
