"""``eventwire train [--shared DIR] [--out DIR] [--fraction F]``: rebuild the trigger detector."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "train", help="rebuild the trained trigger detector from ../shared (needs the 'train' extra)",
        description="Read the annotated training corpus (../shared/train and training/annotations), fit the "
                    "trigger detector on its train split, score it on its dev split, and write the model and its "
                    "model card (default: into the package, src/eventwire/data/models). CPU only, deterministic.")
    p.add_argument("--shared", metavar="DIR", help="the shared data folder (default: $EVENTWIRE_SHARED or ../shared)")
    p.add_argument("--out", metavar="DIR", help="output folder (must exist; default: the package's data/models)")
    p.add_argument("--fraction", type=float, default=1.0, metavar="F",
                   help="share of the train-split articles to use, for learning curves (default 1.0)")
    p.add_argument("--cv", type=int, default=None, metavar="K",
                   help="also choose the detector's threshold by K-fold cross-validation on whole training stories "
                        "(K >= 2; about K times the fitting time plus coding the corpus once)")
    p.set_defaults(func=run)


def run(args) -> int:
    from pathlib import Path

    from ..errors import EvaluationError
    from ..evaluate.loaders import shared_root
    from ..train.run import train_detector

    if not 0 < args.fraction <= 1:
        raise EvaluationError("--fraction must be in (0, 1]")
    if args.cv is not None and args.cv < 2:
        raise EvaluationError(f"--cv {args.cv}: cross-validation needs K >= 2 folds (leave --cv out for none)")
    shared = Path(args.shared) if args.shared else shared_root()
    try:
        train_detector(shared, Path(args.out) if args.out else None, fraction=args.fraction, cv=args.cv or 0)
    except ImportError as e:
        raise EvaluationError(str(e)) from e
    return 0
