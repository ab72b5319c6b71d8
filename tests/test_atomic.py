import os

import pytest

from coldstart_lab._atomic import open_atomic, write_bytes_atomic


def test_file_appears_whole_with_normal_permissions(tmp_path):
    target = tmp_path / "sub" / "data.csv"
    write_bytes_atomic(target, b"a,b\n1,2\n")
    assert target.read_bytes() == b"a,b\n1,2\n"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600
    assert sorted(p.name for p in target.parent.iterdir()) == ["data.csv"]


def test_an_error_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "data.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), open_atomic(target) as out:
        out.write(b"half of the new")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["data.csv"]
