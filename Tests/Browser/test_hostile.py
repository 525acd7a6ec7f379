"""Hostile titles (markup, an entity, quotes, Graphviz's \\N, a right-to-left override, U+FFFE)
stay literal in every page of the static and the served site: the text is there, no alert
fires, no element is injected."""
import subprocess
import tempfile
from pathlib import Path

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

from conftest import Server, reset_console, severe_console_entries

# As the model's string literals write it, and as a page shows it.
WRITTEN = '<script>alert(1)</script> &amp; & \\"dq\\" \'sq\' \\\\N \u202eevil\u202c \ufffe <b>end</b>'
SHOWN = '<script>alert(1)</script> &amp; & "dq" \'sq\' \\N'
ALLOWED_SCRIPTS = ("assets/search-index.js", "assets/site.js", "/_engagemap/live.js")

MODEL = f'''
organisation org "Org {WRITTEN}" {{
  purpose "Purpose {WRITTEN}"
  goal g1 "Goal {WRITTEN}"
  out_of_scope policy, organisation
}}
client patients "Client {WRITTEN}" {{ kind external }}
role patient "Role {WRITTEN}" {{ kind patient }}
role nurse "Nurse {WRITTEN}" {{ kind clinician }}
megaprocess care "Mega {WRITTEN}" {{
  client patients
  goals g1
  level direct_care
  process planning "Process {WRITTEN}" {{
    kind main
    owner nurse
    purpose "Process purpose {WRITTEN}"
    engagement consult
    tags feedback, concern_reporting, evaluation
    input visit "Input {WRITTEN}" from patients
    output plan "Output {WRITTEN}" to patients
    start s "Start {WRITTEN}"
    step one "Step {WRITTEN}" by patient, nurse x2 {{ duration 2 days }}
    end e "End {WRITTEN}"
    s -> one -> e
    measure m1 "Measure {WRITTEN}" {{
      type outcome
      unit percent
      target >= 80
      frequency monthly
      source "Source {WRITTEN}"
      owner nurse
    }}
  }}
}}
'''


@pytest.fixture(scope="module")
def hostile_model():
    directory = Path(tempfile.mkdtemp(prefix="engagemap-hostile-"))
    model = directory / "hostile.engage"
    model.write_text(MODEL, encoding="utf-8")
    return model


def check_every_page(driver, base, pages):
    reset_console(driver)
    for page in pages:
        driver.get(base + page)
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text
        assert driver.find_elements(By.TAG_NAME, "b") == [], page
        for script in driver.find_elements(By.TAG_NAME, "script"):
            source = script.get_attribute("src") or ""
            assert source.endswith(ALLOWED_SCRIPTS), f"{page}: injected script {source!r}"
        if page != "rules.html" and page != "search.html":
            assert SHOWN in driver.find_element(By.TAG_NAME, "body").text, page
        assert severe_console_entries(driver) == [], page


def test_hostile_titles_stay_literal_in_the_static_site(driver, engagemap, hostile_model):
    site = hostile_model.parent / "site"
    result = subprocess.run([engagemap, "site", str(hostile_model), "-o", str(site)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    pages = sorted(str(path.relative_to(site)) for path in site.rglob("*.html"))
    assert "process/planning.html" in pages
    check_every_page(driver, site.as_uri() + "/", pages)


def test_hostile_titles_stay_literal_in_the_served_site(driver, engagemap, hostile_model):
    site = hostile_model.parent / "site"
    pages = sorted(str(path.relative_to(site)) for path in site.rglob("*.html")) if site.exists() else ["index.html"]
    server = Server(engagemap, hostile_model)
    try:
        check_every_page(driver, server.url, pages)
    finally:
        assert server.stop() == 0
