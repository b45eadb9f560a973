"""The GitHub workflows (issue 20): every job limited in time, every action pinned by commit,
permissions minimal; the pull request flow checks, builds, keeps a preview and summarises; main
is published to GitHub Pages on push, every day and by hand; the commands are the README's.
They build afresh, never from a cache, and install only the hashed lock files, which hold every
package stemhub and its tests import (issue 31)."""
from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
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


def test_every_build_is_fresh():
    for workflow in map(load, WORKFLOWS):
        for line in runs(workflow).splitlines():
            if "build.py build" in line:
                assert "--fresh" in line.split(), line


def test_packages_are_installed_only_from_the_hashed_lock_files():
    for workflow in map(load, WORKFLOWS):
        assert "pip " not in runs(workflow)  # only through scripts/setup
    setup = (ROOT / "scripts/setup").read_text(encoding="utf-8")
    assert '--require-hashes -r "$lock"' in setup
    assert "lock=requirements.lock" in setup and "lock=requirements-test.lock" in setup
    assert '"${pip[@]}" --no-deps --no-build-isolation -e .' in setup
    assert setup.count("pip install") == 1 and setup.count('"${pip[@]}"') == 2
    for name in ("requirements.lock", "requirements-test.lock"):
        pins = locked(name)
        assert pins and all(hashes for hashes in pins.values()), name


def locked(name: str) -> dict[str, int]:
    """Each package pinned (name==version) in the lock file -> how many hashes it lists."""
    pins: dict[str, int] = {}
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        pinned = re.match(r"([\w.-]+)==[\w.+!-]+ \\$", line)
        if pinned:
            last = normal(pinned.group(1))
            pins[last] = 0
        elif line.strip().startswith("--hash=sha256:"):
            pins[last] += 1
    return pins


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# Installed by an extra of a declared package, not declared themselves.
BY_EXTRA = {"pagefind-bin": "pagefind[bin]"}


def test_every_package_imported_is_declared_and_locked():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needs = {"stemhub": project["dependencies"],
             "tests": project["dependencies"] + project["optional-dependencies"]["test"]}
    locks = {"stemhub": "requirements.lock", "tests": "requirements-test.lock"}
    dists = importlib.metadata.packages_distributions()
    for folder, requirements in needs.items():
        names = [re.match(r"([\w.-]+)(\[[\w,]+\])?", r) for r in requirements]
        declared = {normal(n.group(1)) for n in names} | {n.group() for n in names}
        pins = locked(locks[folder])
        for module in sorted(imported(ROOT / folder) - set(sys.stdlib_module_names)
                             - {"stemhub", "tests"}):
            assert module in dists, f"{folder}/ imports {module}, which is not installed"
            for dist in map(normal, dists[module]):
                assert dist in declared or BY_EXTRA.get(dist) in declared, (folder, dist)
                assert dist in pins, (locks[folder], dist)


def imported(folder: Path) -> set[str]:
    """The top-level names of every module the Python files under folder import."""
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names.add(node.module.split(".")[0])
    return names
