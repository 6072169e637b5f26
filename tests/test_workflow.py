"""The publishing workflow: valid for GitHub Actions, and building with the README's command."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def test_workflow_passes_actionlint():
    beside_python = Path(sys.executable).parent / "actionlint"
    actionlint = str(beside_python) if beside_python.exists() else shutil.which("actionlint")
    assert actionlint, "actionlint is installed by the test extra (pyproject.toml)"
    result = subprocess.run([actionlint, "-no-color", str(WORKFLOW)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_with_the_documented_command_and_deploys():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads "on" as true
    assert "corpus/**" in triggers["push"]["paths"]
    assert "workflow_dispatch" in triggers
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    build_command = "make build"
    assert any(build_command in run for run in runs)
    assert f"`{build_command}`" in readme
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^build:.*\n\t.*mkdocs build --strict", makefile, re.M)
    uses = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert any(step.get("with", {}).get("cache") == "pip" for step in steps)


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_pinned_dependencies_come_from_the_registry():
    """Every pin is name==version: a local path or URL would install on this machine only."""
    pins = [line for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert pins
    for pin in pins:
        assert re.fullmatch(r"[A-Za-z0-9._-]+==[A-Za-z0-9.!+_-]+", pin), pin
    assert "pip list --format=freeze" in (ROOT / "Makefile").read_text(encoding="utf-8")
