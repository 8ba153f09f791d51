"""Citation parsing, with real footnote texts from the follow-up as cases."""

from __future__ import annotations

import pytest

from extract.citations import DIARY, LEGAL, LETTER, REPORT, WEB, WORK, parse_footnote
from extract.series import normalise_designation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brottsförebyggande rådet 2023c.", [(REPORT, "Brottsförebyggande rådet 2023c")]),
        ("Brottsförebyggande rådet 2023a; 2024a.", [(REPORT, "Brottsförebyggande rådet 2023a"), (REPORT, "Brottsförebyggande rådet 2024a")]),
        (
            "Socialstyrelsen 2016; 2018a; 2022c; 2024b; SOU 2018:37.",
            [(REPORT, "Socialstyrelsen 2016"), (REPORT, "Socialstyrelsen 2018a"), (REPORT, "Socialstyrelsen 2022c"),
             (REPORT, "Socialstyrelsen 2024b"), (LEGAL, "SOU 2018:37")],
        ),
        ("Jernbro m.fl. 2023.", [(WORK, "Jernbro m.fl. 2023")]),
        ("Jernbro & Landberg 2024.", [(WORK, "Jernbro & Landberg 2024")]),
        ("Edler m.fl, 2016.", [(WORK, "Edler m.fl. 2016")]),
        ("Caman & Skott 2023.", [(WORK, "Caman & Skott 2023")]),
        ("Hallberg 2016; Myndigheten för ungdoms- och civilsamhällesfrågor 2020.",
         [(WORK, "Hallberg 2016"), (REPORT, "Myndigheten för ungdoms- och civilsamhällesfrågor 2020")]),
        ("SFS 2021:966.", [(LEGAL, "SFS 2021:966")]),
        ("SOU 2019:43.", [(LEGAL, "SOU 2019:43")]),
        ("Skr 2016/17:10.", [(LEGAL, "Skr. 2016/17:10")]),
        ("Skr. 2016/17:10.", [(LEGAL, "Skr. 2016/17:10")]),
        ("Prop. 2017/18:177.", [(LEGAL, "Prop. 2017/18:177")]),
        ("Ds 2014:23.", [(LEGAL, "Ds 2014:23")]),
        ("Dir. 2023:11.", [(LEGAL, "Dir. 2023:11")]),
        ("HSLF-FS 2022:39.", [(LEGAL, "HSLF-FS 2022:39")]),
        ("A2021/02397.", [(DIARY, "A2021/02397")]),
        ("A2021/02397; Skr 2016/17:10", [(DIARY, "A2021/02397"), (LEGAL, "Skr. 2016/17:10")]),
        ("S2020/0159/SOF (delvis.", [(DIARY, "S2020/0159/SOF")]),
        ("Kriminalvården, brev 2023.", [(LETTER, "Kriminalvården, brev 2023")]),
        ("Länsstyrelsen Skåne, brev 2024.", [(LETTER, "Länsstyrelsen Skåne, brev 2024")]),
        ("Indikatorer, Åklagarmyndigheten.", [(WEB, "Indikatorer, Åklagarmyndigheten")]),
        ("Jämställdhetsmyndigheten & Socialstyrelsen 2023.", [(REPORT, "Jämställdhetsmyndigheten & Socialstyrelsen 2023")]),
        ("Myndigheten för vård -och omsorgsanalys 2023; Socialstyrelsen 2021b; 2022d.",
         [(REPORT, "Myndigheten för vård -och omsorgsanalys 2023"), (REPORT, "Socialstyrelsen 2021b"),
          (REPORT, "Socialstyrelsen 2022d")]),
        ("Brå 2022.", [(REPORT, "Brottsförebyggande rådet 2022")]),
    ],
)
def test_citation_lists(text: str, expected: list[tuple[str, str]]) -> None:
    parsed = parse_footnote(text)
    assert [(c.kind, c.key) for c in parsed.citations] == expected
    assert all(c.raw and c.raw in text for c in parsed.citations)


@pytest.mark.parametrize(
    "text",
    [
        "Detta säger dock inget om antalet personer, då samma person kan ligga bakom flera olika profiler och annonser.",
        "Göteborg, Stockholm, Malmö, Karlstad, Skellefteå, Västerås, Umeå och Östersund.",
        "Mätningen avser perioden augusti 2022 till 30 augusti 2023.",
        "21 procent 2020, 23 procent 2021 samt 26 procent 2022.",
    ],
)
def test_explanatory_notes_cite_nothing_and_keep_their_text(text: str) -> None:
    parsed = parse_footnote(text)
    assert parsed.citations == ()
    assert parsed.explanatory
    assert parsed.remainder == text


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Enkäten skickades till socialtjänsterna i kommunerna och svarsfrekvensen var 70 procent. Se SOU 2018:37.",
         ["SOU 2018:37"]),
        ("FREDA består av tre standardiserade bedömningsmetoder. Se Socialstyrelsen 2014b; 2019b.",
         ["Socialstyrelsen 2014b", "Socialstyrelsen 2019b"]),
        ("I betänkandet Ut ur utsatthet (SOU 2023:97) föreslås att genom ett tillägg i 5 kap. 11 § SoL tydliggöra ansvaret.",
         ["SOU 2023:97"]),
    ],
)
def test_explanatory_notes_that_also_cite(text: str, keys: list[str]) -> None:
    parsed = parse_footnote(text)
    assert [c.key for c in parsed.citations] == keys
    assert parsed.remainder  # the explanation is kept


def test_title_after_designation_stays_with_the_citation() -> None:
    parsed = parse_footnote(
        "HSLF-FS 2022:39. Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer 2022."
    )
    assert len(parsed.citations) == 1
    c = parsed.citations[0]
    assert c.key == "HSLF-FS 2022:39"
    assert c.title == "Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer 2022"


def test_unbalanced_parenthesis_is_a_problem() -> None:
    assert parse_footnote("S2020/0159/SOF (delvis.").problems == ("unbalanced parentheses",)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [("Skr 2016/17:10", "Skr. 2016/17:10"), ("skr. 2016/17:10", "Skr. 2016/17:10"), ("Prop.2017/18:177", "Prop. 2017/18:177"),
     ("Diarienummer: A2021/02397", "A2021/02397"), ("Regeringens proposition 2012/13:187", "Prop. 2012/13:187"),
     ("SOU 2019:43 Med tillit", None)],
)
def test_designation_normalisation(raw: str, normalised: str | None) -> None:
    assert normalise_designation(raw) == normalised
    if normalised:
        assert normalise_designation(normalised) == normalised  # idempotent
