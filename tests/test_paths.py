"""Where the single-instance socket lives: a folder only this user can reach."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from postureapp.paths import RuntimeDirError, instance_socket_path, runtime_dir


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_private_xdg_runtime_dir_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          cache_home: Path) -> None:
    private = tmp_path / "run"
    private.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(private))
    assert runtime_dir() == private
    assert instance_socket_path(tmp_path / "config").parent == private
    assert not cache_home.exists()


def test_without_xdg_runtime_dir_a_private_folder_is_made_in_the_cache(
    monkeypatch: pytest.MonkeyPatch, cache_home: Path
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    folder = runtime_dir()
    assert folder == cache_home / "postureapp" / "run"
    assert _mode(folder) == 0o700


def test_a_loose_fallback_folder_of_ours_is_tightened(monkeypatch: pytest.MonkeyPatch,
                                                      cache_home: Path) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    folder = cache_home / "postureapp" / "run"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    assert runtime_dir() == folder
    assert _mode(folder) == 0o700


def test_an_xdg_runtime_dir_open_to_others_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_home: Path,
    caplog: pytest.LogCaptureFixture
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    assert runtime_dir() == cache_home / "postureapp" / "run"
    assert "is open to other users (mode 1777)" in caplog.text


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0,
                    reason="giving a folder to another user needs root")
def test_an_xdg_runtime_dir_of_another_user_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_home: Path,
    caplog: pytest.LogCaptureFixture
) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 65534, 65534)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(theirs))
    assert runtime_dir() == cache_home / "postureapp" / "run"
    assert "belongs to another user (uid 65534)" in caplog.text


def test_a_file_where_the_fallback_folder_goes_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, cache_home: Path
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    (cache_home / "postureapp").mkdir(parents=True)
    (cache_home / "postureapp" / "run").write_text("")
    with pytest.raises(RuntimeDirError, match="cannot make a private folder"):
        runtime_dir()
