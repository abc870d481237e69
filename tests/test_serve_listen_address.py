"""``eventwire serve``: an address the API cannot listen on is one EW100 line and exit 2, before the server
starts (fresh user, sixteenth stop: ``--port 99999`` gave an OverflowError traceback, a taken port uvicorn's
log line and exit 3)."""
import socket

import pytest

from eventwire.cli import main
from eventwire.cli.serve import check_listen_address
from eventwire.errors import InputError


@pytest.mark.parametrize("port", [99999, -1, 65536])
def test_a_port_outside_the_range_is_refused(port):
    with pytest.raises(InputError, match=r"^\[EW100\] --port must be 0\.\.65535, got " + str(port)):
        check_listen_address("127.0.0.1", port)


def test_a_host_that_is_no_address_is_refused():
    with pytest.raises(InputError, match=r"^\[EW100\] --host '999\.1\.1\.1' is no address"):
        check_listen_address("999.1.1.1", 8000)


def test_a_taken_port_is_refused_and_a_free_one_passes():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen()
    taken = s.getsockname()[1]
    try:
        with pytest.raises(InputError, match=rf"^\[EW100\] cannot listen on 127\.0\.0\.1:{taken}: "):
            check_listen_address("127.0.0.1", taken)
    finally:
        s.close()
    check_listen_address("127.0.0.1", 0)  # any free port: no error


def test_the_cli_gives_one_line_and_exit_2(tmp_path, capsys):
    rc = main(["serve", "--db", str(tmp_path / "s.duckdb"), "--port", "99999"])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.strip().splitlines() == ["eventwire: error: [EW100] --port must be 0..65535, got 99999"]
    assert not (tmp_path / "s.duckdb").exists()
