"""The repository's copy of the content model is the network's current one."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "content-model.md"


def test_docs_content_model_is_current():
    copy = (ROOT / "docs" / "content-model.md").read_text(encoding="utf-8")
    if SHARED.is_file():  # beside the repository in development and CI
        assert copy == SHARED.read_text(encoding="utf-8"), \
            "docs/content-model.md differs from ../shared/content-model.md: copy it over"
    assert "## Problems: how and where they are reported" in copy
