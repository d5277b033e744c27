"""Polish names for the generated people (with every diacritic the search must fold)."""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """A tuple of the blank-separated words of ``text`` (long lists stay readable)."""
    return tuple(text.split())


WOMEN = words(
    "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Zofia "
    "Joanna Magdalena Monika Aleksandra Urszula Teresa Dorota Beata Jolanta Bożena "
    "Grażyna Halina Danuta Irena Justyna Karolina Natalia Paulina Marta Iwona Renata "
    "Jadwiga Wiesława Łucja Żaneta Agata Weronika Zuzanna Julia Lena Maja Hanna "
    "Alicja Oliwia Patrycja Sylwia Emilia Ilona Gabriela Bogumiła Stanisława Józefa "
    "Kinga"
)

MEN = words(
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Grzegorz Józef Łukasz "
    "Adam Zbigniew Jerzy Tadeusz Mateusz Dariusz Mariusz Wojciech Ryszard Jakub "
    "Maciej Kazimierz Marek Stanisław Rafał Robert Jacek Sławomir Bartłomiej "
    "Przemysław Zdzisław Mirosław Bogusław Jędrzej Kamil Dawid Szymon Filip Antoni "
    "Wiktor Oskar Mikołaj Bartosz Damian Sebastian Remigiusz Ignacy Czesław Bolesław "
    "Leszek Witold"
)

# Surnames that change with gender: the masculine form (women get -ska / -cka / -dzka).
ADJECTIVAL = words(
    "Nowakowski Kowalski Wiśniewski Lewandowski Zieliński Szymański Woźniak Kozłowski "
    "Jankowski Mazurkiewicz Wojciechowski Kwiatkowski Kaczmarski Piotrowski Grabowski "
    "Pawłowski Michalski Zając Król Wieczorkowski Jabłoński Wróblewski Majewski "
    "Olszewski Stępień Malinowski Dąbrowski Górski Rutkowski Sikorski Baranowski "
    "Szczepański Sadowski Chmielewski Borkowski Czarnecki Sawicki Sokołowski Urbański "
    "Kubiak Maciejewski Szczepaniak Kalinowski Wysocki Kołodziejski Żurawski "
    "Ślęzakowski Świątkowski Łęcki Żółkiewski Gąsiorowski Bieńkowski Prądzyński"
)

# Surnames the same for everyone.
PLAIN = words(
    "Nowak Wójcik Kowalczyk Kamiński Mazur Krawczyk Kaczmarek Zając Wieczorek Jaworek "
    "Adamczyk Dudek Nowicki Pawlak Walczak Stępień Sikora Baran Duda Szewczyk "
    "Tomaszewski Pietrzak Marciniak Wróbel Jasiński Zawadzki Bąk Włodarczyk Kubiak "
    "Żak Łukasik Ćwik Gołąb Wąs Kołodziej Śliwa Żuk Głąb Kędzior Pęk Gęś Dziędziel "
    "Źrebiec Łoś Przybył Ożóg Mróz Chrząszcz Szczęsny Grzegórzek"
)


def feminine(surname: str) -> str:
    """Kowalski -> Kowalska; surnames not ending in -ski/-cki/-dzki stay as they are."""
    for ending in ("ski", "cki", "dzki"):
        if surname.endswith(ending):
            return surname[:-1] + "a"
    return surname
