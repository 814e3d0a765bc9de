"""Temme's coefficient table is exactly what the rational recursion of DLMF 8.12 gives."""

# This file is also how the table in agentdesk/staffing/_temme.py was made: run
# `python tests/unit/staffing/test_staffing_temme.py` to print it again.

from __future__ import annotations

from fractions import Fraction
from math import comb

from agentdesk.staffing import _temme

ROWS = 13
TERMS = 30


def _bernoulli(count: int) -> list[Fraction]:
    numbers = [Fraction(1)] + [Fraction(0)] * count
    for m in range(1, count + 1):
        numbers[m] = -sum(comb(m + 1, k) * numbers[k] for k in range(m)) / (m + 1)
    return numbers


def _stirling_coefficients(count: int) -> list[Fraction]:
    """g_k of Γ*(a) = Γ(a) / (sqrt(2π/a) (a/e)^a) ~ sum_k g_k a**-k (DLMF 5.11.3)."""
    bernoulli = _bernoulli(2 * count + 2)
    # ln Γ*(a) = sum_m B_2m / (2m (2m-1)) a**(1-2m); exponentiate the series in 1/a.
    log_series = [Fraction(0)] * (count + 1)
    for m in range(1, count // 2 + 2):
        if 2 * m - 1 <= count:
            log_series[2 * m - 1] = bernoulli[2 * m] / (2 * m * (2 * m - 1))
    g = [Fraction(1)] + [Fraction(0)] * count
    for n in range(1, count + 1):
        g[n] = sum(k * log_series[k] * g[n - k] for k in range(1, n + 1)) / n
    return g


def temme_coefficients(rows: int = ROWS, terms: int = TERMS) -> list[list[Fraction]]:
    """Taylor coefficients in eta of c_0 .. c_{rows-1}, exactly.

    mu = lam - 1 as a series in eta solves mu·mu' = eta·(1 + mu) (from eta²/2 = lam-1-ln lam);
    c_0 = 1/mu - 1/eta and c_k = (c'_{k-1} + (-1)^k g_k / (mu/eta)) / eta (DLMF 8.12.8-9);
    the bracket vanishing at eta = 0 checks the recursion's signs.
    """
    length = terms + 2 * rows + 4
    mu = [Fraction(0)] * length
    mu[1] = Fraction(1)
    for n in range(2, length):
        rest = sum(mu[i] * (n + 1 - i) * mu[n + 1 - i] for i in range(2, n))
        mu[n] = (mu[n - 1] - rest) / (n + 1)
    ratio = mu[1:]  # mu / eta
    inverse = [1 / ratio[0]] + [Fraction(0)] * (len(ratio) - 1)  # eta / mu
    for n in range(1, len(ratio)):
        inverse[n] = -sum(ratio[k] * inverse[n - k] for k in range(1, n + 1)) / ratio[0]
    c = [inverse[1:]]
    g = _stirling_coefficients(rows)
    for k in range(1, rows):
        previous = c[-1]
        derivative = [previous[j + 1] * (j + 1) for j in range(len(previous) - 1)]
        bracket = [derivative[j] + (-1) ** k * g[k] * inverse[j] for j in range(len(derivative))]
        assert bracket[0] == 0, f"c_{k}: the pole at eta = 0 does not cancel"
        c.append(bracket[1:])
    return [row[: terms - 2 * k] for k, row in enumerate(c)]


def test_known_values_of_the_recursion():
    c = temme_coefficients()
    # DLMF 8.12.10 and Temme (1979): c_0(0), c_1(0), c_2(0) and the start of c_0.
    assert c[0][:3] == [Fraction(-1, 3), Fraction(1, 12), Fraction(-2, 135)]
    assert c[1][0] == Fraction(-1, 540)
    assert c[2][0] == Fraction(25, 6048)
    assert _stirling_coefficients(3) == [
        1,
        Fraction(1, 12),
        Fraction(1, 288),
        Fraction(-139, 51840),
    ]


def test_table_matches_the_exact_coefficients():
    exact = temme_coefficients()
    assert len(_temme._ROWS) == len(exact)
    for k, (row, exact_row) in enumerate(zip(_temme._ROWS, exact, strict=True)):
        assert list(row) == [float(v) for v in exact_row], f"row c_{k}"


if __name__ == "__main__":
    print("# fmt: off")
    print("_ROWS: tuple[tuple[float, ...], ...] = (")
    for k, row in enumerate(temme_coefficients()):
        print(f"    (  # c_{k}")
        values = [repr(float(v)) for v in row]
        for i in range(0, len(values), 3):
            print("        " + ", ".join(values[i : i + 3]) + ",")
        print("    ),")
    print(")")
    print("# fmt: on")
