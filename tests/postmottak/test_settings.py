"""Settings: embedded defaults, then config.toml, then the environment; bad values are clear errors."""
import pytest

from postmottak.settings import SettingsError, load_settings


def test_settings_defaults_without_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_settings(environ={})
    assert s.timezone == "Europe/Oslo"
    assert s.database_url == "sqlite:///data/postmottak.db"


def test_settings_config_file_then_environment(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[general]\ndata_dir = "/srv/pm"\n[database]\nurl = "sqlite:////srv/pm/a.db"\n')
    s = load_settings(cfg, environ={"POSTMOTTAK_DATABASE__URL": "postgresql+psycopg://pm@db/pm"})
    assert s.data_dir.as_posix() == "/srv/pm"
    assert s.database_url == "postgresql+psycopg://pm@db/pm"


def test_settings_config_named_by_environment(tmp_path):
    cfg = tmp_path / "other.toml"
    cfg.write_text('[general]\ndata_dir = "elsewhere"\n')
    s = load_settings(environ={"POSTMOTTAK_CONFIG": str(cfg)})
    assert s.data_dir.as_posix() == "elsewhere"


@pytest.mark.parametrize("content, message", [
    ("[general\n", "not valid TOML"),
    ('[general]\ntimezone = "Mars/Olympus"\n', "unknown time zone"),
])
def test_settings_bad_config_is_a_clear_error(tmp_path, content, message):
    cfg = tmp_path / "config.toml"
    cfg.write_text(content)
    with pytest.raises(SettingsError, match=message):
        load_settings(cfg, environ={})


def test_settings_missing_config_file(tmp_path):
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(tmp_path / "nope.toml", environ={})
