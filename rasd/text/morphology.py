"""Small, regular pieces of Arabic morphology that lookups need.

Only what is regular enough to generate: the forms of a nisba (nationality)
adjective from its masculine singular (ليبي -> الليبي، ليبية، الليبيين ...).
"""
from __future__ import annotations

from rasd.text.normalise import norm


def nisba_forms(masculine: str) -> set[str]:
    """Normalised forms of a nationality adjective given as masculine singular without ال."""
    base = norm(masculine)
    if not base:
        return set()
    stems = {base}
    if base.endswith("ي"):
        stems |= {base + "ه", base + "ون", base + "ين", base[:-1] + "يون", base + "تين"}
    forms = set(stems)
    forms |= {"ال" + s for s in stems}
    return forms
