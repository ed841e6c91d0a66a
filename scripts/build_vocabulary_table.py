"""Write rasd/text/data/wordfreq_ar.tsv.gz: Arabic word frequencies from the `wordfreq` package.

    python scripts/build_vocabulary_table.py      (needs wordfreq: pip install -e '.[dev]')

Rasd ships this small table (words at Zipf >= MIN_ZIPF_KEPT, ~1 MB) instead of depending on
wordfreq at run time: wordfreq installs 58 MB of word lists for forty languages, of which Rasd
reads one.  The table keeps wordfreq's own spellings; rasd/text/vocabulary.py normalises them when
it builds its cache, so a change to the normaliser needs no new table.  Rerun after upgrading
wordfreq.  Licence of the data: CC BY-SA 4.0 (rasd/text/data/README.md).
"""
from __future__ import annotations

import gzip
import importlib.metadata
import math

import wordfreq

from rasd.text.vocabulary import MIN_ZIPF_KEPT, TABLE


def main() -> None:
    rows = []
    for word, freq in wordfreq.get_frequency_dict("ar", "large").items():
        z = math.log10(freq) + 9
        if z >= MIN_ZIPF_KEPT and "\t" not in word and "\n" not in word:
            rows.append(f"{word}\t{z:.2f}\n")
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    with open(TABLE, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(f"# Arabic Zipf frequencies, wordfreq {importlib.metadata.version('wordfreq')} 'large' list, "
                f"words at Zipf >= {MIN_ZIPF_KEPT}; CC BY-SA 4.0 (README.md)\n".encode())
        f.write("".join(rows).encode())
    print(f"{len(rows):,} words -> {TABLE} ({TABLE.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
