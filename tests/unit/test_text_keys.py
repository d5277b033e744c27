"""``sort_key``: plain binary order of the key is Polish alphabetical order."""

from __future__ import annotations

import pytest

from wall_desktop.text_keys import person_sort_key, sort_key

# (earlier, later): each pair must sort in this order, whatever else is around.
HARD_CASES = [
    ("Baran", "Bąk"),  # a < ą
    ("Bąk", "Bogucki"),  # ą before b
    ("Cieślak", "Ćwiek"),  # c < ć, whatever follows
    ("Czarnecki", "Ćwiek"),
    ("Dębski", "Dzik"),  # ę < z
    ("Lis", "Łukasiewicz"),  # l < ł
    ("Lwowski", "Łukasiewicz"),
    ("Łukasiewicz", "Mazur"),
    ("Nowak", "Ńowak"),  # n < ń
    ("Ostrowski", "Ólka"),  # o < ó
    ("ólka", "Pawlak"),  # ó before p, lower case too
    ("Ozimek", "ÓSMY"),
    ("Szulc", "Śliwa"),  # s < ś
    ("Sowa", "Śliwa"),
    ("Śliwa", "Tomczak"),
    ("Zieliński", "Źdźbło"),  # z < ź
    ("Źdźbło", "Żak"),  # ź < ż
    ("Zyta", "Żak"),
    ("Nowak", "Nowak-Jeleń"),  # a shorter name first
    ("Nowak-Jeleń", "Nowakowska"),  # a hyphen breaks the word
    ("Nowak Jeleń", "Nowakowska"),  # so does a space
    ("nowak", "NOWAKOWSKA"),  # case ignored
    ("Anna", "anna maria"),
    ("Osiedle 2", "Osiedle 10"),  # numbers by value
    ("Osiedle 10", "Osiedle A"),  # numbers before letters
    ("Osiedle 007", "Osiedle 8"),  # leading zeros do not count
    ("Müller", "Mus"),  # foreign letters as their base letter
]


@pytest.mark.parametrize(("earlier", "later"), HARD_CASES)
def test_pairs_in_polish_order(earlier: str, later: str) -> None:
    assert sort_key(earlier) < sort_key(later)


@pytest.mark.parametrize(
    ("a", "b"),
    [("ŻAK", "żak"), ("Nowak-Jeleń", "Nowak Jeleń"), ("  Nowak ", "Nowak"), ("Łoś", "ŁOŚ")],
)
def test_same_key_ignoring_case_spacing_and_hyphens(a: str, b: str) -> None:
    assert sort_key(a) == sort_key(b)


def test_a_shuffled_list_sorts_as_a_polish_dictionary() -> None:
    expected = [
        "Baran",
        "Bąk",
        "Cieślak",
        "Ćwiek",
        "Lis",
        "Łukasiewicz",
        "Nowak",
        "Nowak-Jeleń",
        "Nowakowska",
        "Ostrowski",
        "Ólka",
        "Szulc",
        "Śliwa",
        "Zieliński",
        "Źdźbło",
        "Żak",
    ]
    shuffled = expected[1::2] + expected[::2][::-1]
    assert sorted(shuffled, key=sort_key) == expected


def test_people_by_last_name_then_first_name() -> None:
    people = [("Adam", "Nowak-Jeleń"), ("Zofia", "Nowak"), ("Anna", "Nowak"), ("Ewa", "Łoś")]
    ordered = sorted(people, key=lambda p: person_sort_key(*p))
    assert ordered == [
        ("Ewa", "Łoś"),
        ("Anna", "Nowak"),
        ("Zofia", "Nowak"),
        ("Adam", "Nowak-Jeleń"),
    ]
