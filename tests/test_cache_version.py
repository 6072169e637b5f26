"""The analysis cache's key covers the analysis code only: the modules that render the briefing are not part of it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefing import cache

PACKAGE = Path(cache.__file__).resolve().parent


def test_no_analysis_module_imports_a_render_module():
    # What build_briefing runs (and config.py, which makes its options) must not reach a module left out of the key.
    script = (
        "import sys, briefing.build, briefing.config\n"
        "print('\\n'.join(sorted(m for m in sys.modules if m.startswith('briefing'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True,
                            cwd=PACKAGE.parent).stdout.split()
    assert "briefing.build" in loaded
    render_side = {"briefing." + name.removesuffix(".py") for name in cache.RENDER_MODULES}
    assert not render_side.intersection(loaded)
    assert all((PACKAGE / name).is_file() for name in cache.RENDER_MODULES)


def test_render_modules_are_left_out_of_the_key_and_analysis_modules_are_in(monkeypatch):
    hashed: list[str] = []
    real = Path.read_bytes

    def recording(path: Path) -> bytes:
        hashed.append(path.relative_to(PACKAGE).as_posix())
        return real(path)

    cache._source_digest.cache_clear()
    monkeypatch.setattr(Path, "read_bytes", recording)
    try:
        cache._source_digest()
    finally:
        cache._source_digest.cache_clear()
    assert "build.py" in hashed and "pipeline/positions.py" in hashed and "models.py" in hashed
    assert any(name.startswith("data/") for name in hashed)
    assert not cache.RENDER_MODULES.intersection(hashed)


def test_another_word_frequency_release_is_another_key(monkeypatch):
    """Topic words and debates read wordfreq's frequencies: results from another release of them never match."""
    from importlib import metadata

    before = cache.pipeline_version()
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "9.9.9" if name == "wordfreq" else real(name))
    assert cache.pipeline_version() != before
    monkeypatch.setattr(metadata, "version", real)
    assert cache.pipeline_version() == before
