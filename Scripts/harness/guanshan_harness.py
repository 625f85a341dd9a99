"""What Scripts/crash-test, Scripts/disk-full-test, Scripts/schemathesis-check, Benchmarks/soak/run and
Benchmarks/hostile/run share: the guanshan binary (built when none is given), a server process and its
memory, a throwaway PostgreSQL cluster, forms sent as a browser sends them, and a browser session that
signs in with the login form and sends writes with its cookie and X-CSRF-Token, as a client of the
JSON API.

Python 3 standard library only.
"""

import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Common characters, for bodies of random Chinese text that no two documents share.
HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定"
    "行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些"
    "然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公"
    "无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将"
    "组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金"
)


def locate_binary(path, configuration="debug"):
    """The guanshan executable: the one given, else `swift build -c configuration` of this repo."""
    if path:
        binary = Path(path).resolve()
        if not os.access(binary, os.X_OK):
            raise SystemExit(f"not an executable: {binary}")
        return binary
    print(f"building guanshan in {REPO} (swift build -c {configuration}) ...", flush=True)
    subprocess.run(["swift", "build", "-c", configuration, "--product", "guanshan"], cwd=REPO, check=True)
    return REPO / ".build" / configuration / "guanshan"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    """The resident memory of a process in MB; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0


def chinese_text(rng, characters, marker_words=()):
    """About `characters` characters of random Chinese in paragraphs of 150-400, the words first."""
    paragraphs, left = [], characters
    first = " ".join(marker_words)
    while left > 0 or not paragraphs:
        size = min(left, rng.randint(150, 400)) if left > 0 else 20
        chars = rng.choices(HAN, k=max(size, 10))
        for i in range(rng.randint(8, 20), len(chars), rng.randint(12, 30)):
            chars[i] = "，"
        text = "".join(chars) + "。"
        if first and not paragraphs:
            text = f"{first} {text}"
        paragraphs.append(text)
        left -= size
    return "\n".join(paragraphs)


class ServerDidNotStart(Exception):
    pass


class Server:
    """One `guanshan serve` process; its output goes to `log_path` (appended at each start)."""

    def __init__(self, binary, data, port, database_url=None, log_path=None, extra_env=None, serve_arguments=()):
        self.binary, self.data, self.port = str(binary), str(data), port
        self.database_url = database_url
        self.log_path = Path(log_path or Path(data).parent / "server.log")
        self.extra_env = extra_env or {}
        self.serve_arguments = list(serve_arguments)
        self.process = None

    def command(self, *arguments):
        base = [self.binary, *arguments, "--data", self.data]
        return base + (["--database-url", self.database_url] if self.database_url else [])

    def run_command(self, *arguments, stdin=None):
        """A one-off command (user add, search, reindex) on the same data."""
        return subprocess.run(self.command(*arguments), input=stdin, capture_output=True, text=True, timeout=600,
                              env=dict(os.environ, **self.extra_env))

    def add_user(self, name, password, role):
        result = self.run_command("user", "add", name, "--role", role, stdin=password + "\n")
        if result.returncode != 0:
            raise SystemExit(f"user add {name}: {result.stdout}{result.stderr}")

    def memory_mb(self):
        return rss_mb(self.process.pid) if self.process else 0

    def start(self, timeout=60.0):
        """Starts serve and waits for /healthz; the seconds it took."""
        started = time.monotonic()
        with open(self.log_path, "a") as log:
            log.write(f"\n===== start at {time.strftime('%H:%M:%S')} =====\n")
            log.flush()
            env = dict(os.environ, **self.extra_env)
            self.process = subprocess.Popen(
                self.command("serve", "--port", str(self.port), *self.serve_arguments), stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise ServerDidNotStart(f"serve exited with status {self.process.returncode}:\n{self.log_tail()}")
            try:
                status, _, body = request_once(self.port, "GET", "/healthz", timeout=2)
                if status == 200 and body.strip() == b"ok":
                    return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.05)
        self.kill()
        raise ServerDidNotStart(f"/healthz did not answer within {timeout:.0f} s:\n{self.log_tail()}")

    def kill(self):
        """SIGKILL, as a crash or the OOM killer would."""
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self, timeout=30):
        """SIGTERM, a clean shutdown (view counts flushed)."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self, lines=30):
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


class PostgresCluster:
    """A throwaway cluster of Debian's PostgreSQL binaries under /tmp, on a Unix socket only (no TCP),
    owned by the postgres account when we are root (initdb refuses root), as the test suite's
    TestPostgres does."""

    def __init__(self, folder):
        versions = sorted((int(v) for v in os.listdir("/usr/lib/postgresql") if v.isdigit()), reverse=True)
        bins = [f"/usr/lib/postgresql/{v}/bin" for v in versions if os.path.exists(f"/usr/lib/postgresql/{v}/bin/initdb")]
        if not bins:
            raise SystemExit("no PostgreSQL binaries: install Debian's postgresql package")
        self.bin = os.environ.get("GUANSHAN_PG_BIN", bins[0])
        self.folder = str(folder)
        self.owner = "postgres" if os.geteuid() == 0 else None
        shutil.rmtree(self.folder, ignore_errors=True)
        os.makedirs(self.folder)
        if self.owner:
            shutil.chown(self.folder, self.owner, self.owner)
        self._run(f"{self.bin}/initdb", "--no-sync", "-D", f"{self.folder}/data", "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        # Only guanshan is killed, never PostgreSQL, so its own fsync does not change what is tested.
        options = f"-c unix_socket_directories={self.folder} -c listen_addresses='' -c max_connections=200 -c fsync=off"
        self._run(f"{self.bin}/pg_ctl", "-D", f"{self.folder}/data", "-l", f"{self.folder}/log", "-o", options, "-w", "start")

    def _run(self, *command):
        if self.owner:
            command = ("/usr/bin/setpriv", f"--reuid={self.owner}", f"--regid={self.owner}", "--init-groups", "--", *command)
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")

    def url(self, database="postgres"):
        return f"postgres://postgres@/{database}?host={self.folder}"

    def psql(self, sql, database="postgres"):
        result = subprocess.run([f"{self.bin}/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", self.url(database), "-c", sql],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"psql {sql}: {result.stderr}")
        return result.stdout

    def fresh_database(self, name):
        self.psql(f"DROP DATABASE IF EXISTS {name}")
        self.psql(f"CREATE DATABASE {name}")
        return self.url(name)

    def remove(self):
        subprocess.run(
            (["/usr/bin/setpriv", f"--reuid={self.owner}", f"--regid={self.owner}", "--init-groups", "--"] if self.owner else [])
            + [f"{self.bin}/pg_ctl", "-D", f"{self.folder}/data", "-m", "immediate", "-w", "stop"],
            capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def request_once(port, method, path, body=None, headers=None, timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def multipart(fields, files):
    """A multipart/form-data body: fields {name: text}, files [(field, file name, bytes)]."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for field, filename, data in files:
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
        head += "Content-Type: application/octet-stream\r\n\r\n"
        parts.append(head.encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return f"multipart/form-data; boundary={boundary}", b"".join(parts)


FORM_TOKEN = re.compile(rb'name="_csrf" value="([^"]+)"')


def submit_form(port, path, fields, headers=None):
    """GET the page at `path` and POST `fields` back with its form cookie and token, as a browser
    does; (status, headers, body) of the POST. `headers` go with both (X-Forwarded-For, for one)."""
    status, answer_headers, body = request_once(port, "GET", path, headers=dict(headers or {}))
    form_cookie = _cookie(answer_headers, "gs_form")
    token = FORM_TOKEN.search(body)
    if status != 200 or not form_cookie or not token:
        raise RuntimeError(f"GET {path}: {status}, no form cookie or token")
    body = urllib.parse.urlencode(dict(fields, _csrf=token.group(1).decode()))
    return request_once(port, "POST", path, body=body, headers=dict(
        headers or {}, **{"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"gs_form={form_cookie}"}))


class Session:
    """A signed-in browser: the gs_session cookie, and the form token of its session for X-CSRF-Token.
    Shared by threads; each thread makes its own `Client` of it."""

    def __init__(self, port):
        self.port = port
        self.cookie = None
        self.csrf = None

    def log_in(self, name, password):
        status, headers, body = submit_form(self.port, "/login", {"name": name, "password": password})
        session = _cookie(headers, "gs_session")
        if status not in (302, 303) or not session:
            raise RuntimeError(f"POST /login: {status} {body[:300]!r}")
        self.cookie = f"gs_session={session}"
        self.refresh_token()

    def refresh_token(self):
        """The session's form token, from a page with a form (/me)."""
        status, _, body = request_once(self.port, "GET", "/me", headers={"Cookie": self.cookie})
        token = FORM_TOKEN.search(body)
        if status != 200 or not token:
            raise RuntimeError(f"GET /me: {status}, no form token")
        self.csrf = token.group(1).decode()

    def api_token(self, scope, days=7):
        """A new API token of this session's account (POST /api/v1/me/tokens)."""
        status, answer = self.client().json("POST", "/api/v1/me/tokens", {"name": "harness", "scope": scope, "expiresInDays": days})
        if status != 201:
            raise RuntimeError(f"POST /api/v1/me/tokens: {status} {answer}")
        return answer["token"]

    def is_valid(self):
        status, _, _ = request_once(self.port, "GET", "/api/v1/me", headers={"Cookie": self.cookie})
        return status == 200

    def client(self, signed_in=True, timeout=60):
        return Client(self.port, self if signed_in else None, timeout)


def _cookie(headers, name):
    for key, value in headers:
        if key.lower() == "set-cookie" and value.startswith(name + "="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return None


class Client:
    """One keep-alive connection. `send` answers (status, body bytes) or raises OSError /
    http.client.HTTPException when no whole answer came (the server died, or closed the connection).
    A client with a `bearer` token signs its requests with it instead of a session."""

    def __init__(self, port, session, timeout, bearer=None):
        self.port, self.session, self.timeout, self.bearer = port, session, timeout, bearer
        self.connection = None

    def send(self, method, path, body=None, content_type=None):
        headers = {"Authorization": f"Bearer {self.bearer}"} if self.bearer else {}
        if self.session:
            headers["Cookie"] = self.session.cookie
            if method not in ("GET", "HEAD"):
                headers["X-CSRF-Token"] = self.session.csrf
        if content_type:
            headers["Content-Type"] = content_type
        if isinstance(body, (dict, list)):
            body, headers["Content-Type"] = json.dumps(body, ensure_ascii=False).encode(), "application/json"
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        return response.status, data

    def json(self, method, path, body=None):
        status, data = self.send(method, path, body)
        return status, (json.loads(data) if data and data[:1] in (b"{", b"[") else None)

    def close(self):
        if self.connection:
            self.connection.close()
            self.connection = None


def wait_until(condition, timeout, interval=0.1):
    """Calls condition() until it is true or `timeout` seconds pass; (result, seconds)."""
    started = time.monotonic()
    while True:
        result = condition()
        elapsed = time.monotonic() - started
        if result or elapsed >= timeout:
            return result, elapsed
        time.sleep(interval)


def new_rng(seed):
    return random.Random(seed)


def run_threads(targets):
    threads = [threading.Thread(target=t, daemon=True) for t in targets]
    for t in threads:
        t.start()
    return threads
