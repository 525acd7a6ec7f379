"""`engagemap serve` in Chromium: an edit is visible in an open page within 2 s, a broken edit
shows its diagnostic in the open page and fixing it removes it; the command itself."""
import socket
import subprocess
import time
import urllib.request

import pytest

from selenium.webdriver.common.by import By

import shutil

from conftest import Server, copy_of, wait_until


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def heading(driver):
    return driver.find_element(By.TAG_NAME, "h1").text


# The budget is 2 s for both models. Measured with a debug build on a shared 2-core machine:
# northshore 1.35-1.50 s, riverside 1.71-1.76 s (2.08 s before the render cache, when every map
# was laid out again after each edit).
@pytest.mark.parametrize("name, file, page, title, budget", [
    ("northshore", "harm-response.engage", "process/harm_disclosure.html", "Disclosure of harm", 2.0),
    ("riverside", "openness.engage", "process/disclosure.html", "Disclosure after harm", 2.0),
])
def test_an_edit_is_visible_in_an_open_page_within_2_seconds(driver, engagemap, name, file, page, title, budget):
    model = copy_of(name)
    server = Server(engagemap, model)
    try:
        driver.get(server.url + page)
        assert title in heading(driver)
        time.sleep(0.5)  # the page's event stream is open
        started = time.monotonic()
        replace_in(model / file, f'"{title}"', f'"{title}, edited"')
        assert wait_until(lambda: "edited" in heading(driver), timeout=5)
        elapsed = time.monotonic() - started
        print(f"\n{name}: edit visible in the open page after {elapsed:.2f} s")
        assert elapsed < budget
    finally:
        assert server.stop() == 0
        shutil.rmtree(model.parent, ignore_errors=True)


def test_a_broken_edit_shows_its_diagnostic_and_fixing_it_removes_it(driver, served):
    server, model = served
    driver.get(server.url + "process/disclosure.html")
    time.sleep(0.5)
    source = model / "openness.engage"
    original = source.read_text(encoding="utf-8")
    replace_in(source, "by gp, patient, family {", "by gq, patient, family {")
    banner = wait_until(lambda: driver.find_element(By.ID, "engagemap-preview-diagnostics").text, timeout=5)
    assert banner, "the banner appears in the open page"
    assert "openness.engage:25:" in banner
    assert "unknown role 'gq'" in banner and "EM0007" in banner
    assert driver.find_elements(By.CSS_SELECTOR, "svg"), "the last good map is still shown"
    source.write_text(original, encoding="utf-8")
    assert wait_until(lambda: not driver.find_elements(By.ID, "engagemap-preview-diagnostics")
                      and "Disclosure after harm" in heading(driver), timeout=5)


def test_serve_listens_on_127_0_0_1_and_a_used_port_is_a_usage_error(engagemap, served):
    server, model = served
    assert server.url.startswith("http://127.0.0.1:")
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    with urllib.request.urlopen(server.url) as response:
        assert response.headers["Cache-Control"] == "no-store"
    addresses = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    for address in addresses - {"127.0.0.1"}:
        with socket.socket() as probe:
            probe.settimeout(1)
            assert probe.connect_ex((address, port)) != 0, f"not reachable on {address}"
    second = subprocess.run([engagemap, "serve", str(model), "--port", str(port)],
                            capture_output=True, text=True, timeout=60)
    assert second.returncode == 2
    assert f"127.0.0.1:{port}" in second.stderr


def test_sigterm_stops_serve_with_status_0(engagemap, model_copy):
    server = Server(engagemap, model_copy)
    with urllib.request.urlopen(server.url + "_engagemap/status") as response:
        assert b'"generation"' in response.read()
    assert server.stop() == 0
