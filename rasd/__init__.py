__version__ = "0.1.0"

# the methods of Rasd's dataclasses from a compiled table instead of ~380 compilations a process (rasd/classcode.py)
from rasd import classcode as _classcode

_classcode.install()
