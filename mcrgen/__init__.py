"""mcrgen: synthetic dataset generation with multi-stage in-flight rejection (MSIFR)."""

__version__ = "0.1.0"
