"""Fixtures of the browser tests: the engagemap binary, headless Chromium through Debian's
chromedriver (never Selenium Manager, which would download one), a running `engagemap serve`."""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[2]
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def engagemap_binary():
    binary = os.environ.get("ENGAGEMAP")
    if not binary:
        bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                                  capture_output=True, text=True).stdout.strip()
        binary = os.path.join(bin_path, "engagemap")
    assert os.access(binary, os.X_OK), f"build engagemap first: {binary}"
    return binary


@pytest.fixture(scope="session")
def engagemap():
    return engagemap_binary()


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


def severe_console_entries(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


class Server:
    """`engagemap serve MODEL --port 0`, read the URL from its first line, stopped with SIGTERM."""

    def __init__(self, engagemap, model, *extra):
        self.process = subprocess.Popen([engagemap, "serve", str(model), "--port", "0", *extra],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.match(r"serving (\S+) at (http://127\.0\.0\.1:\d+/)$", line.strip())
        if not match:
            self.process.kill()
            raise AssertionError(f"unexpected first line: {line!r} {self.process.stderr.read()}")
        self.url = match.group(2)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def copy_of(name):
    directory = Path(tempfile.mkdtemp(prefix="engagemap-browser-"))
    shutil.copytree(ROOT / "Models" / name, directory / name)
    return directory / name


@pytest.fixture
def model_copy():
    model = copy_of("riverside")
    yield model
    shutil.rmtree(model.parent, ignore_errors=True)


@pytest.fixture
def served(engagemap, model_copy):
    server = Server(engagemap, model_copy)
    yield server, model_copy
    assert server.stop() == 0, "serve exits 0 on SIGTERM"


def wait_until(condition, timeout=10.0, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except Exception:  # the page is reloading
            value = None
        if value:
            return value
        time.sleep(interval)
    return None


def reset_console(driver):
    """Leaves the previous page (whose event stream may log a refused reconnection) and drops
    what the console logged so far."""
    driver.get("about:blank")
    time.sleep(0.2)
    driver.get_log("browser")
