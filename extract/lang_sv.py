"""Swedish language data for sentence splitting, kept as data (cf. spaCy `lang/sv/`).

spaCy's Swedish tokenizer exceptions already cover most abbreviations
(bl.a., t.ex., m.fl., s.k., dvs.); these add the ones government texts use
for series and references, which spaCy would otherwise split into a word and
a sentence-final period.
"""

# Abbreviations that never end a sentence on their own.
EXTRA_ABBREVIATIONS: tuple[str, ...] = (
    "prop.", "Prop.", "skr.", "Skr.", "dir.", "Dir.", "bet.", "Bet.", "rskr.", "kap.", "Kap.",
    "st.", "p.", "s.", "ss.", "nr.", "Nr.", "jfr.", "Jfr.", "resp.", "ca.", "kl.", "tel.",
    "avd.", "bil.", "fig.", "tab.", "uppl.", "red.", "övers.", "dnr.", "Dnr.", "ang.", "inkl.",
    "exkl.", "f.d.", "d.v.s.", "o.s.v.", "m.m.", "fr.o.m.", "t.o.m.", "m.a.o.", "p.g.a.", "bl.a.",
    "t.ex.", "m.fl.", "m.fl,", "s.k.", "ev.", "enl.", "f.n.", "inkl.", "milj.", "mdr.", "mnkr.",
)

# Abbreviations that may end a sentence: when the next token starts a new
# sentence (an upper-case word), the sentence ends after them.
SENTENCE_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {"m.m.", "osv.", "o.s.v.", "etc."}
)
