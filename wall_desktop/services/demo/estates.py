"""The demo programme's fixed texts: estates, their venues and micro-projects, the
training topics and the experts who teach them.

Written as the programme's own staff would write them (Polish), following the
seed document: 13 Wrocław estates, one micro-project each, a 60-hour cycle.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EstateText:
    name: str
    venue: str
    title: str
    needs: str
    goals: str
    actions: str
    outcome: str
    good_practice: str
    decisions: str


ESTATES: tuple[EstateText, ...] = (
    EstateText(
        "Przedmieście Oławskie",
        "Centrum Aktywności Lokalnej, ul. Prądzyńskiego",
        "Zielone podwórko przy Traugutta",
        "Zaniedbane podwórko między kamienicami, bez zieleni i miejsca do spotkań sąsiadów.",
        "Odnowić podwórko wspólnie z mieszkańcami i stworzyć miejsce do rozmów i zabawy.",
        "Wielkie sprzątanie, nasadzenia krzewów i bylin, ławki z palet, sąsiedzki piknik.",
        "Podwórko ma nowe rabaty, trzy ławki i tablicę ogłoszeń; sąsiedzi dbają o nie sami.",
        "Zacznij od sprzątania: to najprostszy sposób, żeby sąsiedzi się poznali.",
        "Ławki zrobimy z palet; rośliny kupimy w hurtowni, podlewanie po dyżurach.",
    ),
    EstateText(
        "Nadodrze",
        "Centrum Inicjatyw Lokalnych, ul. Łokietka",
        "Podwórkowa galeria Nadodrza",
        "Mieszkańcy nie znają historii swoich kamienic, a bramy są szare i zaniedbane.",
        "Pokazać historię Nadodrza w bramach i zaprosić sąsiadów do wspólnego opowiadania.",
        "Zbiórka starych zdjęć, wystawa w trzech bramach, spacer z przewodnikiem.",
        "Wystawa wisi w trzech bramach; na spacer przyszło ponad 60 osób.",
        "Stare zdjęcia od sąsiadów otwierają rozmowy lepiej niż ulotki.",
        "Zdjęcia zbieramy przez miesiąc; wydruki na płycie odpornej na wilgoć.",
    ),
    EstateText(
        "Kozanów",
        "Filia Miejskiej Biblioteki Publicznej, ul. Dokerska",
        "Kozanów pamięta – 25 lat po powodzi",
        "Nowi mieszkańcy nie wiedzą, jak osiedle przeżyło powódź w 1997 roku.",
        "Zebrać wspomnienia świadków i przekazać je młodszym sąsiadom.",
        "Nagrania rozmów z seniorami, wystawa plenerowa, spotkanie międzypokoleniowe.",
        "Powstało 12 nagrań i wystawa; szkoła chce korzystać z materiałów na lekcjach.",
        "Młodzież nagrywa, seniorzy opowiadają: obie grupy chętnie przychodzą.",
        "Nagrania zrobi młodzież ze szkoły; wystawa stanie przy bibliotece.",
    ),
    EstateText(
        "Gądów Mały",
        "Klub osiedlowy, ul. Horbaczewskiego",
        "Planszówkowe wieczory sąsiedzkie",
        "Brakuje miejsca, w którym sąsiedzi w różnym wieku mogą spędzić razem wieczór.",
        "Stworzyć stałe, comiesięczne spotkania przy grach planszowych.",
        "Zakup gier, sześć wieczorów gier w klubie osiedlowym, turniej rodzinny.",
        "Odbyło się sześć wieczorów; gry zostały w klubie i spotkania trwają dalej.",
        "Stały termin (pierwszy piątek miesiąca) buduje nawyk lepiej niż jednorazowy festyn.",
        "Kupujemy gry dla różnych grup wiekowych; spotkania w pierwsze piątki miesiąca.",
    ),
    EstateText(
        "Popowice",
        "Centrum Aktywności Lokalnej, ul. Białowieska",
        "Ogród społeczny na Popowicach",
        "Pusty trawnik między blokami, na którym nic się nie dzieje.",
        "Założyć ogród uprawiany wspólnie przez mieszkańców.",
        "Skrzynie warzywne, kompostownik, warsztaty ogrodnicze dla dzieci i dorosłych.",
        "Dziesięć skrzyń uprawia 14 rodzin; jesienią odbyło się wspólne zbieranie plonów.",
        "Zgoda spółdzielni przed zakupami oszczędza nerwów: załatw ją na początku.",
        "Skrzynie postawimy przy bloku nr 8; spółdzielnia zgodziła się na kompostownik.",
    ),
    EstateText(
        "Huby",
        "Klub osiedlowy, ul. Hubska",
        "Huby na sportowo – turniej podwórkowy",
        "Młodzież nie ma zajęć po szkole, boisko stoi puste.",
        "Ożywić boisko i zaprosić młodzież do współorganizowania zawodów.",
        "Nowe siatki i piłki, trzy turnieje, festyn na zakończenie.",
        "W turniejach zagrało 18 drużyn; młodzież sama prowadzi zapisy.",
        "Oddaj młodzieży organizację, a dorosłym zostaw wsparcie i formalności.",
        "Turnieje w soboty; zapisy prowadzi młodzież, dorośli zajmą się sprzętem.",
    ),
    EstateText(
        "Sępolno",
        "Dom Kultury, ul. Sępa-Szarzyńskiego",
        "Sępolno dla ptaków",
        "Przy remontach ociepla się bloki i znikają miejsca lęgowe jerzyków i wróbli.",
        "Dać ptakom schronienie i nauczyć dzieci obserwacji przyrody.",
        "Warsztaty budowy budek lęgowych, montaż budek, spacer przyrodniczy.",
        "Zawieszono 40 budek; w pierwszym sezonie zajęto ponad połowę.",
        "Warsztaty stolarskie łączą pokolenia: dziadkowie z wnukami budują razem.",
        "Budki zbudujemy na warsztatach; montaż po uzgodnieniu z zarządcą budynków.",
    ),
    EstateText(
        "Biskupin",
        "Filia Miejskiej Biblioteki Publicznej, ul. Olszewskiego",
        "Biskupińska biblioteczka plenerowa",
        "Mieszkańcy chcą wymieniać się książkami, a biblioteka jest czynna krótko.",
        "Udostępnić książki przez całą dobę i zachęcić do czytania dzieci.",
        "Budowa dwóch szafek na książki, zbiórka książek, głośne czytanie w parku.",
        "Dwie szafki działają; w ciągu miesiąca wymieniono ponad 300 książek.",
        "Opiekun każdej szafki dba o porządek: bez niego biblioteczka szybko niszczeje.",
        "Szafki staną przy przystanku i w parku; każda ma swojego opiekuna.",
    ),
    EstateText(
        "Karłowice",
        "Centrum Kultury, ul. Kasprowicza",
        "Kino plenerowe na Karłowicach",
        "Latem brakuje wspólnych wydarzeń blisko domu.",
        "Zorganizować letnie seanse pod chmurką i rozmowy o filmach.",
        "Wynajem sprzętu, cztery seanse w parku, dyskusje po filmach.",
        "Na czterech seansach było łącznie około 350 widzów.",
        "Licencję na pokaz publiczny trzeba załatwić kilka tygodni wcześniej.",
        "Cztery seanse w sierpniu; filmy wybiorą mieszkańcy w głosowaniu.",
    ),
    EstateText(
        "Różanka",
        "Sala osiedlowa, ul. Obornicka",
        "Różanka w kwiatach – sąsiedzkie rabaty",
        "Skwery przy blokach są zaniedbane, a mieszkańcy nie czują się za nie odpowiedzialni.",
        "Obsadzić skwery kwiatami i stworzyć sąsiedzkie dyżury podlewania.",
        "Zakup sadzonek i narzędzi, trzy soboty sadzenia, konkurs na najładniejszą rabatę.",
        "Powstało sześć rabat z różami i bylinami; dyżury podlewania trwają całe lato.",
        "Konkurs z drobnymi nagrodami mobilizuje kolejne klatki schodowe.",
        "Sadzimy w trzy soboty maja; konkurs rozstrzygnie jury sąsiadów.",
    ),
    EstateText(
        "Tarnogaj",
        "Świetlica osiedlowa, ul. Gazowa",
        "Międzypokoleniowe warsztaty kulinarne",
        "Seniorzy są samotni, a młodzi rodzice szukają zajęć dla dzieci.",
        "Połączyć pokolenia przy wspólnym gotowaniu i spisać sąsiedzkie przepisy.",
        "Pięć warsztatów kulinarnych, książka z przepisami sąsiadów, wspólny obiad.",
        "Wydano 150 egzemplarzy książki z przepisami; warsztaty prowadzą teraz seniorki.",
        "Wspólny posiłek jest najlepszym zakończeniem każdego spotkania.",
        "Pięć warsztatów w świetlicy; przepisy zbieramy przez cały cykl.",
    ),
    EstateText(
        "Księże Małe",
        "Świetlica osiedlowa, ul. Opolska",
        "Historia Księża Małego – gra terenowa",
        "Dzieci nie znają historii osiedla i jego dawnych budynków.",
        "Przygotować grę terenową, która prowadzi przez ciekawe miejsca osiedla.",
        "Kwerenda w archiwum, trasa z dziesięcioma punktami, mapa i karty gry.",
        "Gra jest gotowa do druku; pierwsza rozgrywka odbędzie się we wrześniu.",
        "Archiwum osiedlowej parafii i starsi mieszkańcy są najlepszym źródłem wiedzy.",
        "Trasa ma dziesięć punktów; mapę narysuje sąsiadka ilustratorka.",
    ),
    EstateText(
        "Jagodno",
        "Szkoła Podstawowa, ul. Buforowa",
        "Jagodno się integruje – sąsiedzki festyn",
        "Nowe osiedle szybko rośnie, sąsiedzi się nie znają i brakuje miejsc spotkań.",
        "Poznać się i wspólnie ustalić, czego osiedlu najbardziej brakuje.",
        "Festyn sąsiedzki, tablica ogłoszeń przy szkole, ankieta potrzeb mieszkańców.",
        "",
        "",
        "Festyn zorganizujemy we wrześniu przy szkole; ankietę rozniosą wolontariusze.",
    ),
)

TOPICS: tuple[str, ...] = (
    "Lider lokalny – rola i kompetencje",
    "Diagnoza potrzeb osiedla",
    "Komunikacja i praca w grupie",
    "Partycypacja i spotkania z mieszkańcami",
    "Od pomysłu do projektu – planowanie działań",
    "Pisanie projektu i budżet",
    "Źródła finansowania inicjatyw lokalnych",
    "Promocja działań lokalnych i media społecznościowe",
    "Rozwiązywanie konfliktów i moderacja dyskusji",
    "Rozliczenie projektu i ewaluacja",
)

# (first name, surname, woman?, indexes of the topics they teach)
TRAINERS: tuple[tuple[str, str, bool, tuple[int, ...]], ...] = (
    ("Łukasz", "Żak", False, (0, 8)),
    ("Agnieszka", "Śliwińska", True, (1, 3)),
    ("Marta", "Kęsicka", True, (2,)),
    ("Piotr", "Ćwiek", False, (4, 5)),
    ("Ewa", "Jaźwińska", True, (6, 9)),
    ("Krzysztof", "Dębski", False, (7,)),
)

STAFF: tuple[tuple[str, str, bool, str], ...] = (
    ("Magdalena", "Wróblewska", True, "Koordynatorka projektu"),
    ("Bożena", "Kołodziej", True, "Księgowa"),
)

PILOT_NAME = "Akademia Lokalnych Liderów"
PILOT_ESTATE = "Przedmieście Oławskie"
PILOT_TOPICS: tuple[str, ...] = (
    "Kim jest lokalny lider?",
    "Poznajemy nasze osiedle – spacer badawczy",
    "Praca w grupie i komunikacja",
    "Jak napisać mały projekt",
    "Spotkanie z mieszkańcami – przygotowanie i prowadzenie",
)

PROJECT_LINES: tuple[tuple[str, str, int], ...] = (
    # (category, description, share of the grant in per cent)
    ("Materiały i zakupy", "Materiały, narzędzia i wyposażenie", 50),
    ("Usługi", "Druk, transport, wynajem sprzętu", 25),
    ("Poczęstunek", "Poczęstunek na spotkaniach z mieszkańcami", 12),
    ("Promocja", "Plakaty, ulotki i ogłoszenia", 13),
)

VENDORS: dict[str, tuple[str, ...]] = {
    "Materiały i zakupy": (
        "PPHU Drewmax Sp. z o.o.",
        "Hurtownia Ogrodnicza „Zielony Zakątek”",
        "Market Budowlany Odra s.c.",
        "Sklep Papierniczy „Ołówek”",
    ),
    "Usługi": (
        "Drukarnia Poligraf s.c.",
        "Transport Osiedlowy Jan Żurek",
        "Eventy Śląsk Sp. z o.o.",
    ),
    "Poczęstunek": ("Piekarnia Wrocławska Kłos", "Catering „Smaki Odry”", "Delikatesy Pod Lipą"),
    "Promocja": ("Drukarnia Poligraf s.c.", "Studio Graficzne Kreska", "Agencja Reklamowa Bąbel"),
}
