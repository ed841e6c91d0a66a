"""Scaling out: distributed extraction (Dask) over a shared store."""
