"""The command line words what it says about the user's data in the system's language: import
problems (file and line first) and refusals, from the same catalogues as the window."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def agentdesk(tmp_path, language: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = language
    return subprocess.run(
        [sys.executable, "-m", "agentdesk", "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def bad_customers(tmp_path):
    path = tmp_path / "clienti.csv"
    path.write_text(
        "name,phone,type\nAda Lovelace,020 7946 0222,new\nBruno Rossi,,premium\n",
        encoding="utf-8",
    )
    return path


def test_an_italian_import_error_is_printed_in_italian_with_file_and_line(tmp_path, bad_customers):
    done = agentdesk(tmp_path, "it_IT.UTF-8", "customers", "import", str(bad_customers), "--check")
    assert done.returncode == 1
    assert f"{bad_customers}:3: type: codici tra new, returning" in done.stderr
    assert "codes from" not in done.stderr  # nothing left in English
    # The command's own summary of the file too (its options and help stay English).
    assert f"{bad_customers}: righe pronte: 1; righe errate: 1." in done.stdout


def test_the_same_file_under_an_english_or_unknown_locale_reads_in_english(tmp_path, bad_customers):
    for language in ("C.UTF-8", "fr_FR.UTF-8", ""):  # no French catalogue: English
        done = agentdesk(tmp_path, language, "customers", "import", str(bad_customers), "--check")
        assert f"{bad_customers}:3: type: codes from new, returning" in done.stderr, language
        assert f"{bad_customers}: 1 rows ready, 1 bad." in done.stdout, language


def test_a_broken_header_and_a_refused_value_read_in_indonesian(tmp_path):
    header = tmp_path / "pelanggan.csv"
    header.write_text("name,mobile\nAda,1\n", encoding="utf-8")
    done = agentdesk(tmp_path, "id_ID.UTF-8", "customers", "import", str(header), "--check")
    assert done.returncode == 1
    assert f"{header}:1: Kolom 2: nama kolom tidak dikenal" in done.stderr
    done = agentdesk(tmp_path, "id_ID.UTF-8", "kb", "import", str(tmp_path / "no-such-folder"))
    assert f"agentdesk: {tmp_path / 'no-such-folder'} bukan folder." in done.stderr
    done = agentdesk(
        tmp_path, "id_ID.UTF-8", "staffing", "--calls", "100", "--interval", "30m",
        "--aht", "3m", "--target", "80/20", "--shrinkage", "100%",
    )  # fmt: skip
    assert done.returncode == 2
    assert "Penyusutan harus minimal 0% dan di bawah 100%, tertulis 100%." in done.stderr
