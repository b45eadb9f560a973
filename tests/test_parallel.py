"""parallel.pmap: results in input order, problems gathered, and two threads mapping at once
(the dev server's rebuild and its search index) each get their own function's results."""
from concurrent.futures import ThreadPoolExecutor

from stemhub.parallel import MIN_ITEMS, pmap
from stemhub.problems import Problems

ITEMS = list(range(MIN_ITEMS * 2))


def doubled(n: int, problems: Problems) -> int:
    if n == 7:
        problems.error("x.yaml", n, None, "seven")
    return 2 * n


def negated(n: int, _problems: Problems) -> int:
    return -n


def test_results_come_in_order_with_the_problems():
    problems = Problems()
    assert pmap(doubled, ITEMS, problems) == [2 * n for n in ITEMS]
    assert [p.line for p in problems.items] == [7]


def test_two_threads_mapping_at_once_each_get_their_own_function():
    with ThreadPoolExecutor(2) as pool:
        for _ in range(3):
            a = pool.submit(pmap, doubled, ITEMS, Problems())
            b = pool.submit(pmap, negated, ITEMS, Problems())
            assert a.result() == [2 * n for n in ITEMS]
            assert b.result() == [-n for n in ITEMS]
