"""The notation the make_*.py scripts type labels in: unit short names, `f`
for one figure, `Labels.g` for one sentence with its figures."""

P, PP, SEK, D, M, Y, AGE, PER, C, SH = ("percent", "percentage_points", "sek", "days", "months", "years", "age",
                                        "persons", "count", "share")


def f(v, u, q=None, high=None):  # type: ignore[no-untyped-def]
    d = {"value": v, "unit": u, "qualifier": q}
    if high is not None:
        d["high"] = high
    return d


class Labels(list):  # type: ignore[type-arg]
    def g(self, src, text, *figs):  # type: ignore[no-untyped-def]
        self.append({"source": src, "text": text, "figures": list(figs)})
