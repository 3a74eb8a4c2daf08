"""A small screen-reader client for tests: the real AT-SPI accessibility bus, spoken to over D-Bus.

``AccessibilityBus`` starts what a Linux desktop has: an X server (Xvfb), a session D-Bus and, through it,
the AT-SPI bus and registry (Debian's at-spi2-core). ``launch_app`` starts the quiz app on it with Qt's
accessibility bridge on; ``Node`` is one accessible object as a screen reader sees it (name, role,
description, states, children, actions, editable text), and ``Events`` collects what the app announces.

The client is jeepney (pure-Python D-Bus, MIT), so it runs in the project's venv; no GObject bindings.
When a piece is missing, ``BusUnavailable`` says which and how to install it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
EDITABLE_TEXT = "org.a11y.atspi.EditableText"
TEXT = "org.a11y.atspi.Text"
EVENT_OBJECT = "org.a11y.atspi.Event.Object"
PROPERTIES = "org.freedesktop.DBus.Properties"
ROOT_PATH = "/org/a11y/atspi/accessible/root"
DEBIAN_PACKAGES = "xvfb dbus at-spi2-core"

# AT-SPI state bits (atspi-constants.h), the ones the tests read
STATE_CHECKED = 4
STATE_ENABLED = 8
STATE_FOCUSABLE = 11
STATE_FOCUSED = 12
STATE_SELECTED = 23
STATE_SHOWING = 25
STATE_VISIBLE = 30


class ObjectGone(RuntimeError):
    """The object left the tree between two calls (a screen replaced its widgets)."""


class BusUnavailable(RuntimeError):
    """The accessibility bus could not start here; the message says what is missing."""


def _need(program: str, where: str | None = None) -> str:
    path = shutil.which(program) or (where if where and os.path.exists(where) else None)
    if path is None:
        raise BusUnavailable(f"{program} is missing: the screen-reader test needs the Debian packages "
                             f"{DEBIAN_PACKAGES} (scripts/system-deps.sh test installs them as root).")
    return path


class AccessibilityBus:
    """Xvfb + a private session D-Bus + the AT-SPI bus it starts on demand; stopped by ``close``."""

    def __init__(self) -> None:
        self._procs: list[subprocess.Popen] = []
        self.runtime = Path(tempfile.mkdtemp(prefix="a11y-bus-"))
        os.chmod(self.runtime, 0o700)
        self.env: dict[str, str] = {}
        self.conn: DBusConnection | None = None
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    def _start(self) -> None:
        xvfb = _need("Xvfb")
        dbus = _need("dbus-daemon")
        _need("at-spi-bus-launcher", "/usr/libexec/at-spi-bus-launcher")
        # -displayfd: Xvfb picks a free display and tells us which (several test runs share the machine)
        read_fd, write_fd = os.pipe()
        x = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                             pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._procs.append(x)
        os.close(write_fd)
        display = _read_line(read_fd, 10.0)
        if not display:
            raise BusUnavailable(f"Xvfb did not start (exit code {x.poll()}).")
        d = subprocess.Popen([dbus, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env={**os.environ, "XDG_RUNTIME_DIR": str(self.runtime)})
        self._procs.append(d)
        assert d.stdout is not None
        address = _read_line(d.stdout.fileno(), 10.0)
        if not address:
            raise BusUnavailable(f"dbus-daemon did not start a session bus (exit code {d.poll()}).")
        self.env = {"DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": address,
                    "XDG_RUNTIME_DIR": str(self.runtime), "QT_QPA_PLATFORM": "xcb",
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "NO_AT_BRIDGE": "0"}
        session = open_dbus_connection(bus=address)
        try:
            bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
            try:
                a11y_address = session.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=10).body[0]
            except Exception as exc:  # D-Bus errors arrive as several exception types
                raise BusUnavailable(f"the session bus could not start the AT-SPI bus (org.a11y.Bus): {exc}. "
                                     f"Install {DEBIAN_PACKAGES}.") from exc
        finally:
            session.close()
        self.conn = open_dbus_connection(bus=a11y_address)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        for proc in reversed(self._procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        shutil.rmtree(self.runtime, ignore_errors=True)

    # --- the screen reader's side -------------------------------------------------------------------

    def call(self, bus_name: str, path: str, interface: str, method: str, signature: str | None = None,
             body: tuple = ()):
        assert self.conn is not None
        address = DBusAddress(path, bus_name=bus_name, interface=interface)
        reply = self.conn.send_and_get_reply(new_method_call(address, method, signature, body), timeout=10)
        if reply.header.message_type == MessageType.error:
            raise ObjectGone(f"{method} on {path}: {reply.body[0] if reply.body else 'error'}")
        return reply.body

    def applications(self) -> list[Node]:
        kids = self.call("org.a11y.atspi.Registry", ROOT_PATH, ACCESSIBLE, "GetChildren")[0]
        return [Node(self, name, path) for name, path in kids]

    def wait_for_application(self, name: str, timeout: float = 20.0) -> Node:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for app in self.applications():
                try:
                    if app.name == name:
                        return app
                except Exception:  # an application that just left the bus
                    continue
            time.sleep(0.1)
        raise AssertionError(f"no application named {name!r} appeared on the accessibility bus in {timeout:g} s")

    def listen(self) -> Events:
        """Start collecting the apps' object events (announcements, name changes, focus)."""
        assert self.conn is not None
        registry = DBusAddress("/org/a11y/atspi/registry", bus_name="org.a11y.atspi.Registry",
                               interface="org.a11y.atspi.Registry")
        # as a screen reader does: the registry tells the apps which events someone listens to
        for event in ("object:announcement", "object:property-change:accessible-name", "object:state-changed"):
            self.conn.send_and_get_reply(new_method_call(registry, "RegisterEvent", "sass", (event, [], "")))
        rule = MatchRule(type="signal", interface=EVENT_OBJECT)
        self.conn.send_and_get_reply(new_method_call(message_bus, "AddMatch", "s", (rule.serialise(),)))
        return Events(self, rule)


def _read_line(fd: int, timeout: float) -> str:
    import select

    data = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in data and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(fd, 256)
        if not chunk:
            break
        data += chunk
    return data.decode().strip()


@dataclass(frozen=True)
class Event:
    kind: str  # "Announcement", "PropertyChange", "StateChanged", ...
    detail: str
    value: object
    path: str
    #: the event's first number: for an announcement its politeness (1 polite, 2 assertive: an alert)
    detail1: int = 0


class Events:
    """Object events from the apps, in the order they came."""

    def __init__(self, bus: AccessibilityBus, rule: MatchRule) -> None:
        self.bus = bus
        assert bus.conn is not None
        self._filter = bus.conn.filter(rule, bufsize=10000)
        self._queue = self._filter.__enter__()
        self.seen: list[Event] = []

    def drain(self, seconds: float = 0.0) -> list[Event]:
        """Everything that has arrived, waiting up to ``seconds`` for more."""
        assert self.bus.conn is not None
        deadline = time.monotonic() + seconds
        while True:
            try:
                msg = self.bus.conn.recv_until_filtered(self._queue, timeout=max(0.01, deadline - time.monotonic()))
            except TimeoutError:
                return self.seen
            detail, one, _two, (_sig, value), _props = msg.body
            self.seen.append(Event(msg.header.fields[HeaderFields.member], detail, value,
                                   msg.header.fields[HeaderFields.path], one))

    def wait_for(self, kind: str, predicate, timeout: float = 10.0) -> Event:
        deadline = time.monotonic() + timeout
        start = 0
        while True:
            for event in self.seen[start:]:
                if event.kind == kind and predicate(event):
                    return event
            start = len(self.seen)
            if time.monotonic() > deadline:
                said = [e.value for e in self.seen if e.kind == kind]
                raise AssertionError(f"no matching {kind} event in {timeout:g} s; {kind} events seen: {said}")
            self.drain(0.1)


class Node:
    """One accessible object of an application, as a screen reader sees it."""

    def __init__(self, bus: AccessibilityBus, bus_name: str, path: str) -> None:
        self.bus, self.bus_name, self.path = bus, bus_name, path

    def _call(self, interface: str, method: str, signature: str | None = None, body: tuple = ()):
        return self.bus.call(self.bus_name, self.path, interface, method, signature, body)

    def _property(self, name: str):
        try:
            return self._call(PROPERTIES, "Get", "ss", (ACCESSIBLE, name))[0][1]
        except ObjectGone:  # a widget of the screen just replaced: it no longer has a name
            return ""

    @property
    def name(self) -> str:
        return self._property("Name")

    @property
    def description(self) -> str:
        return self._property("Description")

    @property
    def role(self) -> str:
        try:
            return self._call(ACCESSIBLE, "GetRoleName")[0]
        except ObjectGone:
            return "gone"

    def states(self) -> set[int]:
        words = self._call(ACCESSIBLE, "GetState")[0]
        return {i * 32 + bit for i, word in enumerate(words) for bit in range(32) if word >> bit & 1}

    def interfaces(self) -> list[str]:
        return self._call(ACCESSIBLE, "GetInterfaces")[0]

    def children(self) -> list[Node]:
        return [Node(self.bus, name, path) for name, path in self._call(ACCESSIBLE, "GetChildren")[0]]

    def walk(self):
        """This node and every node below it that is showing, depth first."""
        yield self
        try:
            children = self.children()
        except ObjectGone:
            return
        for child in children:
            try:
                shows = STATE_SHOWING in child.states()
            except ObjectGone:
                continue
            if shows:
                yield from child.walk()

    def actions(self) -> list[str]:
        return [name for name, _description, _keys in self._call(ACTION, "GetActions")[0]]

    def do(self, action: str) -> None:
        names = self.actions()
        if action not in names:
            raise AssertionError(f"{self.role} {self.name!r} has no action {action!r}; it has {names}")
        assert self._call(ACTION, "DoAction", "i", (names.index(action),))[0], f"{action} on {self.name!r} failed"

    def set_text(self, text: str) -> None:
        assert self._call(EDITABLE_TEXT, "SetTextContents", "s", (text,))[0], f"could not type into {self.name!r}"

    def text(self) -> str:
        return self._call(TEXT, "GetText", "ii", (0, -1))[0]

    def __repr__(self) -> str:
        return f"<{self.role} {self.name!r}>"


def launch_app(bus: AccessibilityBus, data_dir: Path, *args: str) -> subprocess.Popen:
    """Start the quiz app (``python -m quiz_app``) on the bus's display, with its data in ``data_dir``."""
    import sys

    env = {**os.environ, **bus.env, "QUIZ_APP_DATA_DIR": str(data_dir)}
    env.pop("QT_SCALE_FACTOR", None)
    return subprocess.Popen([sys.executable, "-m", "quiz_app", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
