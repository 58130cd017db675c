"""A private Dovecot instance on 127.0.0.1 for the ingest tests and the bench.

Its own config, Maildir and passwd file in a temporary folder, a free high
port, plaintext auth (loopback only) and, with a self-signed certificate, an
implicit-TLS port to test certificate checking with a CA file. Dovecot will
not serve mail as root, so the mail belongs to an unprivileged user: a
dedicated system user when we are root (created with useradd), else us.
"""
from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

TEST_USER = "postmottak-mail"


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )


def ensure_dovecot(allow_install: bool) -> str | None:
    """Find dovecot; install Debian's dovecot-imapd when allowed and we are root."""
    found = dovecot_binary()
    if found or not allow_install or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", "-q", "dovecot-imapd"], env=env,
                   capture_output=True, timeout=600, check=False)
    return dovecot_binary()


def mail_account() -> tuple[str, int, int]:
    """(user, uid, gid) that owns the mail: never root."""
    if os.geteuid() != 0:
        pw = pwd.getpwuid(os.geteuid())
        return pw.pw_name, pw.pw_uid, pw.pw_gid
    try:
        pw = pwd.getpwnam(TEST_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                        "/usr/sbin/nologin", TEST_USER], check=True, capture_output=True)
        pw = pwd.getpwnam(TEST_USER)
    return pw.pw_name, pw.pw_uid, pw.pw_gid


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, timeout: float, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dovecot exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                if s.recv(64).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.05)  # polling a port that is not open yet; bounded by the deadline
    raise RuntimeError(f"dovecot did not listen on {port}: {log.read_text(errors='replace')[-2000:]}")


def make_cert(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1: (cert = CA file, key)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


class Dovecot:
    """Start, stop and restart one private Dovecot; add users; reach their Maildirs."""

    def __init__(self, root: Path, binary: str, tls: bool = True, oauth_url: str | None = None,
                 extra: str = "") -> None:
        """`oauth_url`: a token introspection endpoint (RFC 7662, POST) for XOAUTH2 logins;
        `extra`: more config lines (e.g. imap_capability, to play a server without IDLE or MOVE)."""
        self.root, self.binary, self.oauth_url, self.extra = root, binary, oauth_url, extra
        self.user, self.uid, self.gid = mail_account()
        self.port, self.tls_port = free_port(), free_port()
        self.cert: Path | None = None
        self.proc: subprocess.Popen | None = None
        for sub in ("run", "state", "mail"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        os.chown(root / "mail", self.uid, self.gid)
        self.passwd = root / "passwd"
        self.passwd.write_text("")
        if tls and shutil.which("openssl"):
            self.cert, key = make_cert(root)
            os.chmod(key, 0o644)
        if oauth_url:
            (root / "oauth2.conf").write_text(
                f"introspection_mode = post\nintrospection_url = {oauth_url}\nusername_attribute = username\n"
                "active_attribute = active\nactive_value = true\nforce_introspection = yes\n")
        self.conf = root / "dovecot.conf"
        self.conf.write_text(self._config(key if self.cert else None))

    def _config(self, key: Path | None) -> str:
        r = self.root
        ssl = f"ssl = yes\nssl_cert = <{self.cert}\nssl_key = <{key}\n" if key else "ssl = no\n"
        return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {r}/run
state_dir = {r}/state
instance_name = pmtest-{self.port}
log_path = {r}/dovecot.log
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login{" xoauth2" if self.oauth_url else ""}
auth_failure_delay = 0
default_internal_user = {self.user}
default_internal_group = {self._group()}
default_login_user = {self.user}
first_valid_uid = {min(self.uid, 1)}
mail_uid = {self.uid}
mail_gid = {self.gid}
mail_location = maildir:{r}/mail/%u
mail_fsync = never
imap_idle_notify_interval = 1 secs
namespace inbox {{
  inbox = yes
  separator = /
}}
{self._oauth_passdb()}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd}
}}
userdb {{
  driver = static
  args = uid={self.uid} gid={self.gid} home={r}/mail/%u
}}
{self.extra}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port if key else 0}
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""

    def _oauth_passdb(self) -> str:
        if not self.oauth_url:
            return ""
        return (f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2\n"
                f"  args = {self.root / 'oauth2.conf'}\n}}\n")

    def _group(self) -> str:
        import grp
        return grp.getgrgid(self.gid).gr_name

    def add_users(self, names: list[str], password: str) -> None:
        """Add accounts before start(): Dovecot re-reads passwd-file by mtime, which has
        one-second resolution, so users added while it runs may stay unknown for a while."""
        with self.passwd.open("a") as fh:
            for name in names:
                fh.write(f"{name}:{{PLAIN}}{password}::::::\n")

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        base = self.root / "mail" / user
        return base if folder == "INBOX" else base / f".{folder.replace('/', '.')}"

    def start(self, timeout: float = 20) -> None:
        self.proc = subprocess.Popen([self.binary, "-F", "-c", str(self.conf)], start_new_session=True,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_port(self.port, timeout, self.proc, self.root / "dovecot.log")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None

    def crash(self) -> None:
        """Kill the master and every child (login, imap) at once: open connections drop."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.proc = None

    def restart(self, hard: bool = True) -> None:
        """Stop (hard: as a crash or a power cut) and start again on the same port."""
        self.crash() if hard else self.stop()
        self.start()

    def doveadm(self, *args: str) -> str:
        out = subprocess.run(["doveadm", "-c", str(self.conf), *args], capture_output=True,
                             text=True, timeout=60)
        if out.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout


def write_maildir(server: Dovecot, user: str, messages: list[bytes], folder: str = "INBOX") -> None:
    """Deliver by writing Maildir files as the mail user (much faster than APPEND for thousands)."""
    base = server.maildir(user, folder)
    for path in (server.root / "mail" / user, base, base / "new", base / "cur", base / "tmp"):
        path.mkdir(exist_ok=True)
        os.chown(path, server.uid, server.gid)
    stamp = int(time.time())
    for i, data in enumerate(messages):
        target = base / "new" / f"{stamp}.M{i}P{os.getpid()}.postmottak-test,S={len(data)}"
        target.write_bytes(data)
        os.chown(target, server.uid, server.gid)
