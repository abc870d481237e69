"""Query table and CSV output print the event date as coded: a month-only date stays "2022-01", never the 1st of the
month (cli.query; fresh-user tryout: "2022-01" was printed as "2022-01-01", a day the text never gave). The DATE
column behind filters and time series still counts it as its first day (query.filters)."""
from eventwire.cli import main


def test_a_month_only_date_is_printed_as_a_month(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Russia and China held talks in Moscow in January 2022, officials said.\n"
                   "Iran and Iraq held talks in Baghdad on Feb. 14, 2022, officials said.\n")
    db = str(tmp_path / "s.duckdb")
    assert main(["code", "--pub-date", "2022-03-01", "--db", db, "--format", "jsonl", str(art)]) == 0
    capsys.readouterr()
    out = tmp_path / "e.csv"
    assert main(["query", "--db", db, "--format", "csv", "--out", str(out)]) == 0
    rows = [line.split(",") for line in out.read_text().splitlines()]
    assert rows[0][1] == "event_date"
    dates = sorted({r[1] for r in rows[1:]})
    assert dates == ["2022-01", "2022-02-14"], rows
    # the month still filters as its first day
    assert main(["query", "--db", db, "--from", "2022-01-01", "--to", "2022-01-31"]) == 0
    table = capsys.readouterr().out
    assert "2022-01 " in table and "2022-02-14" not in table
