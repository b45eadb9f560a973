"""The GitHub workflows (issue 20): every job limited in time, every action pinned by commit,
permissions minimal; the pull request flow checks, builds, keeps a preview and summarises; main
is published to GitHub Pages on push, every day and by hand; the commands are the README's."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")


def load(path: Path) -> dict:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads `on` as true
    return workflow


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def triggers(workflow: dict) -> dict:
    on = workflow["on"]
    return {on: None} if isinstance(on, str) else dict.fromkeys(on) if isinstance(on, list) \
        else on


def the(trigger: str) -> dict:
    found = [w for w in map(load, WORKFLOWS) if trigger in triggers(w)]
    assert len(found) == 1, f"one workflow runs on {trigger}"
    return found[0]


def runs(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow))


def uses(workflow: dict, action: str) -> list[dict]:
    return [s for s in steps(workflow) if s.get("uses", "").startswith(action + "@")]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_job_has_a_time_limit(path):
    for name, job in load(path)["jobs"].items():
        assert 0 < job.get("timeout-minutes", 0) <= 30, name


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version_named(path):
    for step in steps(load(path)):
        assert "uses" not in step or PINNED.match(step["uses"]), step["uses"]
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"\s*(- )?uses:", line):
            assert re.search(r"# v\d+(\.\d+)*$", line), line


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_permissions_are_read_only_but_for_the_deployment(path):
    workflow = load(path)
    assert workflow["permissions"] == {"contents": "read"}
    for name, job in workflow["jobs"].items():
        granted = job.get("permissions", {})
        writes = {scope for scope, level in granted.items() if level == "write"}
        deploys = any(s.get("uses", "").startswith("actions/deploy-pages@")
                      for s in job.get("steps", []))
        assert writes == ({"pages", "id-token"} if deploys else set()), name


def test_a_pull_request_is_checked_built_kept_for_preview_and_summarised():
    workflow = the("pull_request")
    commands = runs(workflow)
    assert "build.py check --format github" in commands
    assert "build.py build" in commands
    assert uses(workflow, "actions/upload-artifact")[0]["with"]["path"] == "site/"
    summary = next(s for s in steps(workflow) if "build.py changes" in s.get("run", ""))
    assert '--before "$BASE"' in summary["run"] and '>>"$GITHUB_STEP_SUMMARY"' in summary["run"]
    assert summary["env"]["BASE"] == "${{ github.event.pull_request.base.sha }}"
    assert summary["if"] == "${{ !cancelled() }}"  # errors are counted when the check fails
    assert uses(workflow, "actions/checkout")[0]["with"]["fetch-depth"] == 0


def test_main_is_published_on_push_every_day_and_by_hand():
    workflow = the("schedule")
    on = triggers(workflow)
    assert on["push"] == {"branches": ["main"]} and "workflow_dispatch" in on
    assert len(on["schedule"][0]["cron"].split()) == 5
    assert workflow["concurrency"]["group"] == "pages"
    for action in ("actions/configure-pages", "actions/upload-pages-artifact",
                   "actions/deploy-pages"):
        assert uses(workflow, action), action
    assert "build.py build" in runs(workflow)


def test_the_commands_are_the_readmes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for workflow in map(load, WORKFLOWS):
        for line in runs(workflow).splitlines():
            if line:
                command = re.match(r"(bash scripts/setup|\.venv/bin/python build\.py \w+)",
                                   line)
                assert command, line
                assert command.group().replace(".venv/bin/", "") in readme.replace(
                    ".venv/bin/", ""), line
