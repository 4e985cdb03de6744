"""The survey's Figure 3 (task-by-model heatmap) and Figure 4 (agentic vs non-agentic task
coverage), drawn from the registry with matplotlib."""

from __future__ import annotations

from pathlib import Path

from agent.export import TASK_LABEL
from agent.schema import Entry
from agent.vocab import Task


def _pyplot():  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def task_heatmap(entries: list[Entry], out_stem: Path) -> list[Path]:
    plt = _pyplot()
    tasks = list(Task)
    matrix = [[1 if t in e.tasks else 0 for t in tasks] for e in entries]
    fig, ax = plt.subplots(figsize=(7, max(4, 0.22 * len(entries) + 1.5)))
    ax.imshow(matrix, aspect="auto", cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(tasks)), [TASK_LABEL[t] for t in tasks], rotation=45, ha="right")
    ax.set_yticks(range(len(entries)), [e.name for e in entries], fontsize=7)
    ax.set_title("Tasks addressed by each model")
    fig.tight_layout()
    return _save(fig, out_stem)


def agentic_coverage(entries: list[Entry], out_stem: Path) -> list[Path]:
    plt = _pyplot()
    tasks = list(Task)
    groups = {
        "agentic": [e for e in entries if e.agentic],
        "non-agentic": [e for e in entries if not e.agentic],
    }
    fig, ax = plt.subplots(figsize=(8, 4))
    width = 0.4
    for i, (label, members) in enumerate(groups.items()):
        share = [100 * sum(t in e.tasks for e in members) / max(1, len(members)) for t in tasks]
        ax.bar(
            [x + (i - 0.5) * width for x in range(len(tasks))],
            share,
            width,
            label=f"{label} (n={len(members)})",
        )
    ax.set_xticks(range(len(tasks)), [TASK_LABEL[t] for t in tasks], rotation=45, ha="right")
    ax.set_ylabel("% of models addressing the task")
    ax.set_title("Task coverage: agentic vs non-agentic models")
    ax.legend()
    fig.tight_layout()
    return _save(fig, out_stem)


def _save(fig, out_stem: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    out_stem.parent.mkdir(parents=True, exist_ok=True)
    paths = []
    for ext in ("png", "svg"):
        p = out_stem.with_suffix(f".{ext}")
        fig.savefig(p, dpi=150)
        paths.append(p)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return paths


def write_figures(entries: list[Entry], out_dir: Path) -> list[Path]:
    return task_heatmap(entries, out_dir / "fig3-task-heatmap") + agentic_coverage(
        entries, out_dir / "fig4-agentic-coverage"
    )


def prisma_figure(counts: dict, path: Path) -> Path:  # type: ignore[type-arg]
    """A PRISMA-style flow: boxes for each stage with the counts."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.axis("off")
    kept = counts["records_in"] - counts["unreadable"] - counts["duplicates_removed"]
    boxes = [
        (0.5, 0.9, f"Records in: {counts['records_in']}"),
        (0.5, 0.7, f"After duplicates removed: {kept}"),
        (0.5, 0.5, f"Screened: {counts['screened']}"),
        (0.25, 0.25, f"Included: {counts['included']}\nMaybe: {counts['maybe']}"),
        (
            0.75,
            0.25,
            "Excluded: {}\n{}".format(
                counts["excluded"],
                "\n".join(f"{k}: {v}" for k, v in counts["excluded_by_reason"].items()),
            ),
        ),
    ]
    for x, y, text in boxes:
        ax.text(x, y, text, ha="center", va="center", bbox={"boxstyle": "round", "fc": "w"})
    for (x1, y1), (x2, y2) in (
        ((0.5, 0.86), (0.5, 0.74)),
        ((0.5, 0.66), (0.5, 0.54)),
        ((0.5, 0.46), (0.25, 0.31)),
        ((0.5, 0.46), (0.75, 0.31)),
    ):
        ax.annotate("", xy=(x2, y2), xytext=(x1, y1), arrowprops={"arrowstyle": "->"})
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return path
