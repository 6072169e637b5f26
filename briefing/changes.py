"""What changed since the last build: new, changed and removed articles, new actors, stances that appeared or changed.

A build is compared with the previous build whose briefing was *different*. Each build reduces its JSON export to
a :func:`snapshot` (per article its title, a digest per paragraph and of its details; actors; stances). When the
snapshot differs from the last one recorded, the differences become a *change set*, stamped with this build's
time and the time of the build it is compared with, and put first in a history of the last
:data:`HISTORY_KEPT` change sets. When nothing differs, nothing is recorded: a rebuild never wipes the changes a
reader is shown, and the feed's entries keep their ids and dates.

The state (last snapshot, its time, the history) lives in ``cache_dir`` (:func:`state_path`), or, with
``changes_since``, is read from the last deploy: its ``briefing.json`` and the history published beside it
(:func:`history_file`). Pure apart from :func:`load_state`, :func:`save_state` and :func:`fetch_published`;
no MkDocs import.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit, urlunsplit

log = logging.getLogger(__name__)

SCHEMA = "briefing-changes/1"
PAGE = "changes.md"
FEED = "changes.xml"
# Change sets kept (the page shows them all, newest first; the feed their items).
HISTORY_KEPT = 20
# `changes_since` is fetched with this timeout (seconds): an unreachable site costs a build little.
FETCH_TIMEOUT = 10
_UUID_NAMESPACE = uuid.UUID("3f1b8a52-6a0c-5d2e-9a57-2c1f0e6b7d41")


def history_file(export_file: str) -> str:
    """Where the history is published: beside the export (``briefing.json`` → ``briefing-changes.json``)."""
    path = PurePosixPath(export_file)
    return str(path.with_name(f"{path.stem}-changes.json"))


def build_time() -> str:
    """This build's time, UTC to the second; ``SOURCE_DATE_EPOCH`` when set (as MkDocs' build date)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def snapshot(export: dict) -> dict:
    """What a comparison needs from an export (schema ``briefing/1``): small enough to keep and to compare."""
    articles = {}
    for article in export.get("articles", []):
        details = [article.get(k) for k in ("published", "authors", "publisher", "kind", "url", "dateline")]
        articles[article["source"]] = {
            "id": article["id"],
            "title": article["title"],
            "paragraphs": [_digest(" ".join(p.split())) for p in article.get("paragraphs", [])],
            "details": _digest(details),
        }
    return {
        "articles": articles,
        "actors": {a["id"]: {"name": a["name"], "kind": a["kind"]} for a in export.get("actors", [])},
        "issues": {i["id"]: i["label"] for i in export.get("issues", [])},
        "stances": {f"{p['actor']} {p['issue']}": p["stance"] for p in export.get("positions", [])},
    }


def _paragraph_changes(before: list[str], after: list[str]) -> tuple[int, int, int | None]:
    """(paragraphs added, paragraphs removed, index of the first new one) between two lists of digests."""
    old, new = _counts(before), _counts(after)
    added = sum(max(0, n - old.get(d, 0)) for d, n in new.items())
    removed = sum(max(0, n - new.get(d, 0)) for d, n in old.items())
    seen: dict[str, int] = {}
    first = None
    for i, d in enumerate(after):
        seen[d] = seen.get(d, 0) + 1
        if seen[d] > old.get(d, 0):
            first = i
            break
    return added, removed, first


def _counts(items: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def compare(previous: dict, current: dict) -> list[dict]:
    """The differences between two snapshots, as plain items (their order is the page's and the feed's)."""
    items: list[dict] = []
    old_articles, new_articles = previous.get("articles", {}), current.get("articles", {})
    for source in sorted(new_articles, key=lambda s: (new_articles[s]["title"], s)):
        new = new_articles[source]
        old = old_articles.get(source)
        base = {"kind": "article", "id": new["id"], "title": new["title"], "source": source}
        if old is None:
            items.append({**base, "change": "added"})
        elif old != new:
            added, removed, first = _paragraph_changes(old["paragraphs"], new["paragraphs"])
            items.append({
                **base, "change": "changed", "paragraphs_added": added, "paragraphs_removed": removed,
                "first_new": first, "title_was": old["title"] if old["title"] != new["title"] else None,
                "details_changed": old["details"] != new["details"], "moved": old["id"] != new["id"],
            })
    for source in sorted(set(old_articles) - set(new_articles), key=lambda s: (old_articles[s]["title"], s)):
        old = old_articles[source]
        items.append({"kind": "article", "change": "removed", "id": old["id"], "title": old["title"], "source": source})

    old_actors, new_actors = previous.get("actors", {}), current.get("actors", {})
    for actor_id in sorted(set(new_actors) - set(old_actors), key=lambda a: (new_actors[a]["name"], a)):
        items.append({"kind": "actor", "change": "added", "id": actor_id, "name": new_actors[actor_id]["name"],
                      "actor_kind": new_actors[actor_id]["kind"]})
    for actor_id in sorted(set(old_actors) - set(new_actors), key=lambda a: (old_actors[a]["name"], a)):
        items.append({"kind": "actor", "change": "removed", "id": actor_id, "name": old_actors[actor_id]["name"],
                      "actor_kind": old_actors[actor_id]["kind"]})

    old_stances, new_stances = previous.get("stances", {}), current.get("stances", {})
    issues = {**previous.get("issues", {}), **current.get("issues", {})}
    names = {a: v["name"] for a, v in {**old_actors, **new_actors}.items()}

    def stance_item(key: str, change: str, stance: str, was: str | None) -> dict:
        actor, issue = key.split(" ", 1)
        return {"kind": "stance", "change": change, "actor": actor, "name": names.get(actor, actor), "issue": issue,
                "label": issues.get(issue, issue), "stance": stance, "was": was}

    def order(key: str) -> tuple:
        actor, issue = key.split(" ", 1)
        return issues.get(issue, issue), names.get(actor, actor), key

    for key in sorted(set(old_stances) | set(new_stances), key=order):
        before, after = old_stances.get(key), new_stances.get(key)
        if before is None:
            items.append(stance_item(key, "added", after, None))
        elif after is None:
            items.append(stance_item(key, "removed", before, None))
        elif before != after:
            items.append(stance_item(key, "changed", after, before))
    return items


@dataclass
class State:
    """The last recorded build: its snapshot, when that briefing first appeared, and the change sets so far."""

    snapshot: dict
    built: str | None
    history: list[dict] = field(default_factory=list)
    number: int = 0  # change sets ever recorded: makes every feed entry's id unique

    def as_dict(self, with_snapshot: bool = True) -> dict:
        data = {"schema": SCHEMA, "built": self.built, "number": self.number, "changes": self.history}
        return {**data, "snapshot": self.snapshot} if with_snapshot else data


def record(state: State | None, current: dict, time: str) -> State:
    """The state after a build whose snapshot is ``current``: a new change set only when something differs."""
    if state is None:
        return State(current, time)
    if state.snapshot == current:
        return state
    items = compare(state.snapshot, current)
    if not items:  # differences no reader sees (an actor's kind): the baseline moves, the changes shown stay
        return State(current, time, state.history, state.number)
    change_set = {"number": state.number + 1, "built": time, "since": state.built, "items": items}
    return State(current, time, [change_set, *state.history][:HISTORY_KEPT], state.number + 1)


@dataclass
class ChangeLog:
    """What the changes page and feed show: the history, newest first, and a note on where the baseline came from."""

    history: list[dict]
    built: str
    note: str | None = None

    @property
    def latest(self) -> dict | None:
        return self.history[0] if self.history else None


# ------------------------------------------------------------------------------------------- keeping the state


def state_path(cache_dir: Path, corpus_dir: Path) -> Path:
    """One state per corpus, beside the parse cache (``<cache_dir>/changes/<digest of the corpus path>.json``)."""
    digest = hashlib.sha256(str(corpus_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return cache_dir / "changes" / f"{digest}.json"


def _state_from(data: dict, snapshot_data: dict | None = None) -> State:
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} file")
    history = [c for c in data.get("changes", []) if isinstance(c, dict) and isinstance(c.get("items"), list)]
    return State(snapshot_data if snapshot_data is not None else data["snapshot"], data.get("built"), history,
                 int(data.get("number", len(history))))


def load_state(path: Path) -> State | None:
    """The state kept at ``path``; a missing or unreadable file is no state (the build starts afresh)."""
    try:
        return _state_from(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged state costs the changes shown, never the build
        log.warning("briefing: the record of the last build (%s) is unreadable (%s); changes start afresh", path, error)
        return None


def save_state(path: Path, state: State) -> None:
    """Write atomically; a cache folder that cannot be written costs the next build its comparison, nothing else."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as handle:
            json.dump(state.as_dict(), handle, ensure_ascii=False, sort_keys=True)
        os.replace(handle.name, path)
    except OSError as error:
        log.warning("briefing: cannot keep the record of this build at %s: %s", path, error)


def sibling_url(url: str, export_file: str) -> str:
    """The published history beside the export at ``url``."""
    parts = urlsplit(url)
    folder = parts.path.rsplit("/", 1)[0] if "/" in parts.path else ""
    name = history_file(PurePosixPath(parts.path).name or PurePosixPath(export_file).name)
    return urlunsplit(parts._replace(path=f"{folder}/{name}", query="", fragment=""))


def _fetch_json(url: str, timeout: float) -> dict:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (http(s) or file, checked below)
        return json.loads(response.read().decode("utf-8"))


def fetch_published(url: str, export_file: str, timeout: float = FETCH_TIMEOUT) -> tuple[State | None, str | None]:
    """The state of the last deploy: its export at ``url`` and the history beside it; else (None, why not)."""
    if urlsplit(url).scheme not in ("http", "https", "file"):
        return None, f"changes_since must be an http(s) or file URL, not {url!r}"
    try:
        export = _fetch_json(url, timeout)
        if not isinstance(export, dict) or export.get("schema") != "briefing/1":
            raise ValueError("not a briefing/1 export")
        current = snapshot(export)
    except Exception as error:
        return None, f"the published briefing at {url} could not be read ({_reason(error)})"
    try:
        return _state_from(_fetch_json(sibling_url(url, export_file), timeout), current), None
    except Exception as error:  # a deploy from before the history was published: the export alone is a baseline
        log.info("briefing: no change history beside %s (%s); comparing with the export alone", url, _reason(error))
        return State(current, None), None


def _reason(error: Exception) -> str:
    reason = getattr(error, "reason", None) or error
    return " ".join(str(reason).split())[:200] or type(error).__name__


def track(current: dict, *, state_file: Path | None, memory: State | None = None, changes_since: str | None = None,
          export_file: str = "briefing.json", time: str | None = None, save: bool = True) -> tuple[ChangeLog, State]:
    """Record a build whose snapshot is ``current`` and say what changed: the baseline is the last deploy when
    ``changes_since`` reads, else the state in ``state_file`` (the cache), else ``memory`` (an earlier build of this
    process: `mkdocs serve`). The new state is returned, and written to ``state_file`` when ``save`` (the plugin
    saves it itself once the build has succeeded)."""
    time = time or build_time()
    note = None
    state = None
    if changes_since:
        state, note = fetch_published(changes_since, export_file)
    if state is None and state_file is not None:
        state = load_state(state_file)
    if state is None:
        state = memory
    if note:
        note += ("; the changes are those since the last build kept in the cache" if state is not None
                 else "; there is no earlier build to compare with")
    new_state = record(state, current, time)
    if save and state_file is not None and new_state is not state:
        save_state(state_file, new_state)
    return ChangeLog(new_state.history, new_state.built or time, note), new_state


def history_json(log_: ChangeLog) -> str:
    """The published history: the change sets a later build (``changes_since``) continues from."""
    data = {"schema": SCHEMA, "built": log_.built, "number": log_.history[0]["number"] if log_.history else 0,
            "changes": log_.history}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# ---------------------------------------------------------------------------------------------------- wording

STANCE_VERBS = {"support": "supports", "oppose": "opposes", "mixed": "holds mixed views on", "neutral": "is neutral on"}


def counts_line(change_set: dict) -> str:
    """``2 new articles, 1 changed article, 3 new actors, 1 new stance`` (nothing from the corpus)."""
    counts: dict[tuple[str, str], int] = {}
    for item in change_set["items"]:
        counts[(item["kind"], item["change"])] = counts.get((item["kind"], item["change"]), 0) + 1
    words = []
    for (kind, change), label in (
        (("article", "added"), "new article"), (("article", "changed"), "changed article"),
        (("article", "removed"), "removed article"), (("actor", "added"), "new actor"),
        (("actor", "removed"), "actor no longer found"), (("stance", "added"), "new stance"),
        (("stance", "changed"), "changed stance"), (("stance", "removed"), "stance no longer found"),
    ):
        n = counts.get((kind, change))
        if n:
            noun, _, rest = label.partition(" no longer")
            plural = noun if n == 1 else re.sub(r"(\w+)$", r"\1s", noun)
            words.append(f"{n} {plural}" + (f" no longer{rest}" if rest else ""))
    return ", ".join(words)


def readable_time(time: str) -> str:
    """``2026-11-30T10:15:00Z`` → ``2026-11-30 10:15:00 UTC``."""
    return time.replace("T", " ").removesuffix("Z")[:19] + " UTC"


def entry_id(change_set: dict, item: dict) -> str:
    """A feed entry's id: stable across rebuilds, unique across change sets (``urn:uuid:``, RFC 4122 name-based)."""
    key = item.get("id") or f"{item.get('actor')} {item.get('issue')}"
    name = " ".join(str(part) for part in (change_set["number"], change_set["built"], item["kind"], item["change"], key))
    return f"urn:uuid:{uuid.uuid5(_UUID_NAMESPACE, name)}"


def feed_id(site_name: str) -> str:
    """The feed's id without a ``site_url``: a ``urn:uuid:`` named after the site."""
    return f"urn:uuid:{uuid.uuid5(_UUID_NAMESPACE, 'feed ' + site_name)}"
