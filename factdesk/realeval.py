"""Scoring on the real-reporting corpus (``factdesk eval tests/realcorpus``).

A real corpus is a folder with ``articles/*.md``, optionally ``planted/*.md`` (copies with one
inserted error), and ``gold.jsonl`` whose lines name their file in ``article``
(``articles/NNN-slug.md`` or ``planted/NNN-slug.md``). Each file's front matter says its
``domain`` (``home``|``beyond``) and ``split`` (``dev``|``heldout``). A gold line of a planted
copy carries ``planted: true`` on the inserted error.

Files run through exactly the code path of ``factdesk check``; claims are matched to gold as in
``factdesk.evaluate.score``. On top of the figures of ``tests/corpus`` this reports, for every
split x domain group: refutation precision (how many of the tool's refutations are right), false
alarms per 100 documents, planted errors caught and planted corrections naming the right value;
and, per split, the figures by confidence band and by identification strength.

The held-out split is only ever scored: per-claim detail (the misses) is given for ``dev``
files only, whatever is asked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from factdesk.errors import InputError
from factdesk.evaluate import Gold, Pred, Result, correction_matches, iter_gold, score
from factdesk.ingest import FRONT_MATTER, read_document
from factdesk.refs.base import ReferenceBase
from factdesk.service import CheckOptions, CheckSetup, run_check

SPLITS = ("dev", "heldout")
DOMAINS = ("home", "beyond")
#: confidence bands (lower bound inclusive), highest first
BANDS = ((0.9, "0.90-1.00"), (0.8, "0.80-0.89"), (0.0, "0.00-0.79"))


@dataclass
class RealGold(Gold):
    planted: bool = False


@dataclass
class RealPred(Pred):
    confidence: float = 1.0
    strength: str = "none"  # the identification's strength on the claim's own sentence


@dataclass(frozen=True)
class Meta:
    path: str  # relative to the corpus: articles/NNN-slug.md
    domain: str
    split: str
    planted: bool


@dataclass
class Group:
    """The figures of one split x domain group."""

    result: Result
    documents: int
    articles: int
    planted_docs: int
    refutations: int = 0
    refutations_right: int = 0
    planted: int = 0
    planted_caught: int = 0
    planted_corrections_ok: int = 0

    def metrics(self) -> dict[str, float | int]:
        def pct(a: int, b: int) -> float:
            return round(100.0 * a / b, 1) if b else 100.0

        m = dict(self.result.overall.metrics())
        m.update({
            "documents": self.documents,
            "articles": self.articles,
            "planted_copies": self.planted_docs,
            "refutations": self.refutations,
            "refutations_right": self.refutations_right,
            "refutation_precision": pct(self.refutations_right, self.refutations),
            "false_alarms_per_100_docs": round(100.0 * self.result.overall.false_alarms / self.documents, 1)
            if self.documents else 0.0,
            "planted_errors": self.planted,
            "planted_caught": self.planted_caught,
            "planted_caught_pct": pct(self.planted_caught, self.planted),
            "planted_corrections_ok": self.planted_corrections_ok,
            "planted_corrections_pct": pct(self.planted_corrections_ok, self.planted_caught),
        })
        return m


def read_meta(corpus: Path, rel: str) -> Meta:
    import yaml

    path = corpus / rel
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    m = FRONT_MATTER.match(text)
    meta = (yaml.safe_load(m.group(1)) if m else None) or {}
    domain, split = meta.get("domain"), meta.get("split")
    if domain not in DOMAINS or split not in SPLITS:
        raise InputError(f"{path}: front matter needs domain: home|beyond and split: dev|heldout")
    return Meta(rel, domain, split, rel.startswith("planted/"))


def is_real_corpus(corpus: Path) -> bool:
    return (corpus / "articles").is_dir()


def corpus_files(corpus: Path, split: str = "all") -> list[Meta]:
    files = sorted(p.relative_to(corpus).as_posix()
                   for sub in ("articles", "planted") for p in (corpus / sub).glob("*.md"))
    metas = [read_meta(corpus, f) for f in files]
    return [m for m in metas if split == "all" or m.split == split]


def load_real_gold(corpus: Path, files: list[Meta]) -> list[RealGold]:
    wanted = {m.path for m in files}
    lines = iter_gold(corpus, lambda g: g["article"] if g["article"] in wanted else None)
    return [RealGold(rel, g["kind"], g["text"], g["verdict"], corrections, pos, pos + len(g["text"]),
                     planted=bool(g.get("planted")))
            for g, rel, pos, corrections in lines]


def predict_real(corpus: Path, files: list[Meta], refs: ReferenceBase, checkers: dict, *,  # noqa: ANN001
                 options: CheckOptions | None = None) -> list[RealPred]:
    preds = []
    setup = CheckSetup(refs, checkers, options or CheckOptions())
    for meta in files:
        doc, view = read_document(corpus / meta.path)
        report = run_check(doc, view, setup)
        for cc in report.claims:
            v = cc.verdict
            strength = v.identification.strength(2, "sentence") if v.identification is not None else "none"
            preds.append(RealPred(meta.path, cc.claim.kind.value, cc.claim.text, v.label.value, v.correction,
                                  cc.claim.start, cc.claim.end, v.rationale,
                                  confidence=v.confidence, strength=strength))
    return preds


def _refutation_right(p: Pred, gold: list[Gold]) -> bool:
    return any(g.draft == p.draft and p.start < g.end and g.start < p.end and g.verdict == "refuted" for g in gold)


def score_group(gold: list[RealGold], preds: list[RealPred], files: list[Meta]) -> Group:
    res = score(list(gold), list(preds))
    grp = Group(res, len(files), sum(not m.planted for m in files), sum(m.planted for m in files))
    for p in preds:
        if p.verdict == "refuted":
            grp.refutations += 1
            grp.refutations_right += _refutation_right(p, gold)
    for g, p in res.matches:
        if not getattr(g, "planted", False):
            continue
        grp.planted += 1
        if p is not None and p.verdict == "refuted":
            grp.planted_caught += 1
            grp.planted_corrections_ok += correction_matches(p.correction, g.correction)
    return grp


def bands(gold: list[RealGold], preds: list[RealPred]) -> dict[str, dict[str, dict[str, float | int]]]:
    """Per confidence band and per identification strength: claims, refutations, how many of
    them are right, and the verdict accuracy on the gold claims those predictions matched."""
    res = score(list(gold), list(preds))
    matched = {id(p): g for g, p in res.matches if p is not None}

    def band_of(p: RealPred) -> str:
        return next(name for low, name in BANDS if p.confidence >= low)

    out: dict[str, dict[str, dict[str, float | int]]] = {}
    for axis, key in (("confidence", band_of), ("strength", lambda p: p.strength)):
        rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for p in preds:
            r = rows[key(p)]
            r["claims"] += 1
            g = matched.get(id(p))
            if g is not None:
                r["found"] += 1
                r["verdict_ok"] += p.verdict == g.verdict
            if p.verdict == "refuted":
                r["refutations"] += 1
                r["refutations_right"] += _refutation_right(p, gold)
        out[axis] = {}
        for name in sorted(rows, reverse=True):
            r = rows[name]
            out[axis][name] = {
                "claims": r["claims"], "found": r["found"],
                "verdict_accuracy": round(100.0 * r["verdict_ok"] / r["found"], 1) if r["found"] else 100.0,
                "refutations": r["refutations"], "refutations_right": r["refutations_right"],
                "refutation_precision": round(100.0 * r["refutations_right"] / r["refutations"], 1)
                if r["refutations"] else 100.0,
            }
    return out


@dataclass
class RealResult:
    groups: dict[str, Group] = field(default_factory=dict)
    by_kind: dict[str, dict[str, dict[str, float | int]]] = field(default_factory=dict)
    bands: dict[str, dict] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # dev files only

    def to_json(self) -> dict:
        overall = self.groups.get("all")
        return {
            "corpus": "real",
            "overall": overall.metrics() if overall else {},
            "by_kind": self.by_kind.get("all", {}),
            "groups": {name: g.metrics() for name, g in self.groups.items()},
            "by_kind_by_split": self.by_kind,
            "bands": self.bands,
            "misses": self.misses,
        }


def score_real(gold: list[RealGold], preds: list[RealPred], files: list[Meta]) -> RealResult:
    """Every split x domain group ('all', 'dev', 'heldout', 'home', 'dev/home', ...) present in
    ``files``; misses for dev files only."""
    out = RealResult()
    splits = ["all", *[s for s in SPLITS if any(m.split == s for m in files)]]
    for split in splits:
        for domain in ("all", *DOMAINS):
            fs = [m for m in files if split in ("all", m.split) and domain in ("all", m.domain)]
            if not fs:
                continue
            keep = {m.path for m in fs}
            g = [x for x in gold if x.draft in keep]
            p = [x for x in preds if x.draft in keep]
            name = "/".join(n for n in (split, domain) if n != "all") or "all"
            out.groups[name] = score_group(g, p, fs)
            if domain == "all":
                out.by_kind[split] = {k: t.metrics() for k, t in sorted(out.groups[name].result.by_kind.items())}
                if split != "all":
                    out.bands[split] = bands(g, p)
    if "dev" in out.groups:
        out.misses = list(out.groups["dev"].result.misses)
    return out


COLUMNS = [("documents", "docs"), ("gold_claims", "gold"), ("found_pct", "found%"),
           ("verdict_accuracy", "verdict%"), ("refutations", "refut"),
           ("refutation_precision", "precision%"), ("false_alarms", "false_al"),
           ("false_alarms_per_100_docs", "FA/100docs"), ("refutations_caught", "caught%"),
           ("correction_accuracy", "correct%"), ("planted_caught_pct", "planted%"),
           ("planted_corrections_pct", "pl.corr%")]


def format_real(res: RealResult) -> str:
    head = f"{'group':<16}" + "".join(f"{short:>11}" for _, short in COLUMNS)
    lines = [head]
    for name, grp in res.groups.items():
        m = grp.metrics()
        lines.append(f"{name:<16}" + "".join(f"{m[c]:>11}" for c, _ in COLUMNS))
    for split, kinds in res.by_kind.items():
        lines += ["", f"by kind ({split}): gold / found% / verdict% / caught% / false alarms"]
        for k, m in kinds.items():
            lines.append(f"  {k:<12}{m['gold_claims']:>6}{m['found_pct']:>8}{m['verdict_accuracy']:>8}"
                         f"{m['refutations_caught']:>8}{m['false_alarms']:>6}")
    for split, axes in res.bands.items():
        for axis, rows in axes.items():
            lines += ["", f"by {axis} ({split}): claims / found / verdict% / refutations / right / precision%"]
            for name, m in rows.items():
                lines.append(f"  {name:<12}{m['claims']:>6}{m['found']:>6}{m['verdict_accuracy']:>8}"
                             f"{m['refutations']:>6}{m['refutations_right']:>6}{m['refutation_precision']:>8}")
    lines.append("")
    if "dev" in res.groups:
        lines.append(f"{len(res.misses)} misses (dev files only; the held-out split is scored, never shown):")
        lines.extend(f"  {m}" for m in res.misses)
    else:
        lines.append("no per-claim detail: the held-out split is scored, never shown")
    return "\n".join(lines)


def run_real(corpus: Path, refs: ReferenceBase, checkers: dict, *, split: str = "all",  # noqa: ANN001
             options: CheckOptions | None = None) -> RealResult:
    files = corpus_files(corpus, split)
    if not files:
        raise InputError(f"{corpus}: no articles in split {split!r}")
    gold = load_real_gold(corpus, files)
    preds = predict_real(corpus, files, refs, checkers, options=options)
    return score_real(gold, preds, files)
