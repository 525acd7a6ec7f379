"""The static site (`engagemap site`, opened from file://) and the served one in Chromium:
every page loads without a console error, the landscape's links open process pages, search
finds a process by a word of its title."""
import subprocess
import tempfile
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import ROOT, reset_console, severe_console_entries, wait_until


@pytest.fixture(scope="module")
def static_site(engagemap):
    directory = Path(tempfile.mkdtemp(prefix="engagemap-site-")) / "site"
    model = ROOT / "Models" / "riverside"
    subprocess.run([engagemap, "site", str(model), "--data", str(model / "data" / "measures.csv"),
                    "-o", str(directory)], check=True, capture_output=True)
    return directory


def site_pages(directory):
    return sorted(str(path.relative_to(directory)) for path in directory.rglob("*.html"))


def test_every_static_page_loads_without_console_errors(driver, static_site):
    pages = site_pages(static_site)
    assert len(pages) > 30
    reset_console(driver)
    for page in pages:
        driver.get((static_site / page).as_uri())
        assert driver.find_element(By.TAG_NAME, "h1").text.strip(), page
        assert severe_console_entries(driver) == [], page


def test_every_served_page_loads_without_console_errors(driver, served, static_site):
    server, _ = served
    reset_console(driver)
    for page in site_pages(static_site):
        driver.get(server.url + page)
        assert driver.find_element(By.TAG_NAME, "h1").text.strip(), page
        assert severe_console_entries(driver) == [], page


def test_clicking_a_process_on_the_landscape_opens_its_page(driver, static_site):
    driver.get((static_site / "index.html").as_uri())
    link = driver.find_element(By.CSS_SELECTOR, 'svg a[*|href="process/disclosure.html"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", link)
    link.click()
    assert wait_until(lambda: driver.current_url.endswith("/process/disclosure.html"))
    assert "Disclosure after harm" in driver.find_element(By.TAG_NAME, "h1").text


def test_search_finds_a_process_by_a_word_of_its_title(driver, static_site):
    driver.get((static_site / "index.html").as_uri())
    box = driver.find_element(By.ID, "site-search")
    box.send_keys("after harm")
    result = wait_until(lambda: [a for a in driver.find_elements(By.CSS_SELECTOR, "#site-search-panel a")
                                 if a.get_attribute("href").endswith("process/disclosure.html")])
    assert result, "a result links to the process page"
    result[0].click()
    assert wait_until(lambda: driver.current_url.endswith("/process/disclosure.html"))
    assert "Disclosure after harm" in driver.find_element(By.TAG_NAME, "h1").text


def test_the_search_page_takes_a_query(driver, static_site):
    driver.get((static_site / "search.html").as_uri() + "?q=after%20harm")
    assert wait_until(lambda: [a for a in driver.find_elements(By.CSS_SELECTOR, "#search-page-results a")
                               if a.get_attribute("href").endswith("process/disclosure.html")])
    box = driver.find_element(By.ID, "site-search")
    box.send_keys("disclosure", Keys.ENTER)
    assert wait_until(lambda: "q=disclosure" in driver.current_url)
