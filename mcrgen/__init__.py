"""mcrgen: synthetic dataset generation with multi-stage in-flight rejection (MSIFR).

The plug-in API: ``from mcrgen import validator, Fail, CheckContext`` (see docs/recipes.md).
"""

from mcrgen.validators import CheckContext, Fail, validator

__version__ = "0.1.0"
__all__ = ["CheckContext", "Fail", "__version__", "validator"]
