"""Polish names for the demo programme, and the small rules that make them right.

Adjectival surnames change with gender (Kowalski, Kowalska); the others do
not (Nowak, Zając).  Every Polish letter appears somewhere in these lists.
"""

from __future__ import annotations

WOMEN = (
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa",
    "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Zofia", "Monika", "Teresa",
    "Danuta", "Natalia", "Aleksandra", "Karolina", "Marta", "Beata", "Dorota",
    "Justyna", "Jolanta", "Iwona", "Grażyna", "Halina", "Renata", "Paulina",
    "Urszula", "Sylwia", "Żaneta", "Łucja", "Jadwiga", "Bożena", "Wiesława",
    "Emilia", "Weronika", "Patrycja", "Gabriela", "Kinga", "Róża", "Agata",
)  # fmt: skip

MEN = (
    "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał",
    "Marcin", "Jakub", "Adam", "Łukasz", "Mateusz", "Grzegorz", "Marek",
    "Stanisław", "Józef", "Zbigniew", "Jerzy", "Tadeusz", "Ryszard", "Dariusz",
    "Mariusz", "Wojciech", "Kamil", "Bartłomiej", "Przemysław", "Sławomir",
    "Maciej", "Rafał", "Dawid", "Kazimierz", "Bogdan", "Leszek", "Zdzisław",
    "Radosław", "Jarosław", "Mirosław", "Henryk",
)  # fmt: skip

GIRLS = (
    "Zuzanna", "Julia", "Hanna", "Maja", "Lena", "Oliwia", "Amelia", "Wiktoria",
    "Pola", "Nikola", "Łucja", "Antonina",
)  # fmt: skip

BOYS = (
    "Antoni", "Jakub", "Szymon", "Filip", "Mikołaj", "Kacper", "Franciszek",
    "Jan", "Stanisław", "Igor", "Tymoteusz", "Wojciech",
)  # fmt: skip

# Masculine forms; those ending in -ski, -cki, -dzki take -a for a woman.
SURNAMES = (
    "Kowalski", "Wiśniewski", "Dąbrowski", "Lewandowski", "Zieliński",
    "Szymański", "Woźniak", "Kozłowski", "Jankowski", "Wojciechowski",
    "Kwiatkowski", "Kaczmarek", "Piotrowski", "Grabowski", "Nowakowski",
    "Pawłowski", "Michalski", "Nowicki", "Adamczyk", "Dudek", "Zając",
    "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski", "Jaworski",
    "Wróbel", "Malinowski", "Pawlak", "Witkowski", "Walczak", "Stępień",
    "Górski", "Rutkowski", "Sikora", "Ostrowski", "Baran", "Szewczyk",
    "Tomaszewski", "Pietrzak", "Marciniak", "Zalewski", "Jakubowski",
    "Jasiński", "Zawadzki", "Sadowski", "Bąk", "Chmielewski", "Włodarczyk",
    "Borkowski", "Czarnecki", "Sawicki", "Sokołowski", "Urbański", "Kubiak",
    "Maciejewski", "Szczepański", "Kucharski", "Wilk", "Kalinowski", "Lis",
    "Mazurek", "Wysocki", "Kaźmierczak", "Wasilewski", "Sobczak",
    "Czerwiński", "Głowacki", "Kołodziej", "Sikorski", "Krajewski",
    "Gajewski", "Szulc", "Baranowski", "Laskowski", "Brzeziński",
    "Ziółkowski", "Przybylski", "Śliwiński", "Żak", "Łuczak", "Ćwiek",
    "Gołąb", "Żmuda", "Jaźwiński", "Kęsicki", "Łęcki", "Szczęsny",
)  # fmt: skip

EMAIL_DOMAINS = ("gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "poczta.fm")

# Prefixes of Polish mobile numbers (valid for ``phonenumbers`` with region PL).
MOBILE_PREFIXES = ("501", "509", "512", "530", "535", "572", "601", "604", "605", "660",
                   "664", "691", "697", "721", "730", "784", "791", "883", "888")  # fmt: skip


def surname_for(masculine: str, woman: bool) -> str:
    """The surname in the form that agrees with the person's gender."""
    if woman and masculine.endswith(("ski", "cki", "dzki")):
        return masculine[:-1] + "a"
    if woman and masculine == "Szczęsny":
        return "Szczęsna"
    return masculine
