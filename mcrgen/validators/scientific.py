"""Scientific notation: ``1.5 × 10^5``, ``6.02 \\times 10^{23}``, ``2.4 x 10²⁴`` are one number each, as their
writers mean them. Read left to right, ``1.2 × 10^24 / 6 × 10^23`` would multiply the quotient by 10^23; its
writer divides two numbers. And ``150 kJ · 1000 = 1.5 × 10⁵ J`` states one result, written to two significant
figures."""

from __future__ import annotations

from mcrgen.validators.tokens import NUM, OP, Tok

SCIENTIFIC = "e"
"""The word of a number written in scientific notation."""
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_PLAIN = str.maketrans(SUPERSCRIPT_DIGITS + "⁻", "0123456789-")


def superscript_value(raw: str) -> float:
    """The exponent a run of superscript digits writes (``⁵`` is 5, ``⁻¹`` is -1)."""
    return float(raw.translate(_PLAIN))


def fold_power_of_ten(out: list[Tok], end: int, exp: float | None) -> bool:
    """Fold ``mantissa × 10``, the last three tokens of ``out``, and the power ``exp`` that ends at ``end`` into
    one number, whose word is :data:`SCIENTIFIC`: a computation by itself, as ``\\frac{3}{4}`` is (``3 × 10^2 =
    300`` is judged). Its decimals count from the mantissa's last digit (``1.5 × 10^5`` has -4: written to the
    ten thousands, as a rounded result is), so a result in scientific notation is judged to its precision."""
    if exp is None or exp != int(exp) or len(out) < 3:
        return False
    mantissa, times, ten = out[-3], out[-2], out[-1]
    if ten.kind != NUM or ten.val != 10 or ten.dec or ten.approx or times.kind != OP or times.word != "*":
        return False
    if mantissa.kind != NUM or mantissa.val is None or mantissa.approx:
        return False
    value = mantissa.val * 10.0 ** int(exp)
    out[-3:] = [Tok(NUM, mantissa.start, end, mantissa.sp, value, mantissa.dec - int(exp), SCIENTIFIC)]
    return True
