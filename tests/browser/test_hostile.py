"""Browser test: injection payloads in query values (no sign-in needed) and in a stored listing
title neither redirect the visitor nor add elements; they show as typed. Runs after
test_accounts.py against `serve --demo`."""
import datetime
import time
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from common import BASE, Run

REFRESH = '"><meta http-equiv="refresh" content="0;url=/about?pwned=1">'
PAYLOADS = [
    REFRESH,
    '"><i id=pwn></i>',
    "' onfocus='document.title=\"pwned\"' autofocus='",
    "</title><script>document.title='pwned'</script>",
    "</textarea><i id=pwn></i>",
    "javascript:alert(1)",
]

run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe


def untouched(where):
    """After a pause long enough for a meta refresh: still on the same page, nothing added, no script run."""
    path = urllib.parse.urlparse(driver.current_url).path
    time.sleep(1.2)
    url = driver.current_url
    check(f"{where}: no redirect", url.startswith(BASE) and urllib.parse.urlparse(url).path == path, url)
    check(f"{where}: no injected element", not driver.find_elements(By.CSS_SELECTOR, "#pwn, i, meta[http-equiv], main script"))
    # The payloads' scripts set the title to exactly "pwned"; a hostile listing title shown as
    # text may itself contain the word.
    check(f"{where}: no injected script ran", driver.title != "pwned", driver.title)


try:
    for payload in PAYLOADS:
        value = urllib.parse.quote(payload, safe="")
        driver.get(f"{BASE}/?q={value}")
        untouched(f"/?q={payload}")
        check(f"/?q={payload}: the words stay in the search box as typed",
              driver.find_element(By.ID, "q").get_attribute("value") == payload)
        driver.get(f"{BASE}/?near={value}")
        untouched(f"/?near={payload}")
        check(f"/?near={payload}: the postcode stays in its box as typed",
              driver.find_element(By.ID, "near").get_attribute("value") == payload)
        driver.get(f"{BASE}/sign-in?next={value}")
        untouched(f"/sign-in?next={payload}")

    # Stored: a provider saves a draft whose title and summary are payloads.
    driver.get(BASE + "/sign-in")
    driver.find_element(By.ID, "email").send_keys("provider-admin@demo.wexchange.test")
    driver.find_element(By.ID, "password").send_keys("copper anchor violet")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait.until(EC.url_contains("/home"))
    driver.get(BASE + "/provider/listings/new?type=insight_day")
    title = REFRESH[:100]
    driver.find_element(By.ID, "title").send_keys(title)
    driver.find_element(By.ID, "summary").send_keys(PAYLOADS[4])
    # A draft is checked as a submission is (a design debt noted in the issue tracker), so the
    # rest of the listing is filled in plainly.
    Select(driver.find_element(By.ID, "sector")).select_by_value("engineering-manufacturing")
    driver.find_element(By.ID, "address").send_keys("Scotswood Road, Newcastle")
    driver.find_element(By.ID, "postcode").send_keys("NE4 7AF")
    next_year = str(datetime.date.today().year + 1)
    for field, value in [("session_start_1", "14"), ("session_start_1-month", "6"), ("session_start_1-year", next_year),
                         ("session_end_1", "14"), ("session_end_1-month", "6"), ("session_end_1-year", next_year)]:
        driver.find_element(By.ID, field).send_keys(value)
    driver.find_element(By.CSS_SELECTOR, 'button[name="intent"][value="draft"]').click()
    wait.until(EC.url_contains("done="))
    untouched("the provider's listings with a hostile title")
    check("the hostile title shows as typed", title in driver.find_element(By.TAG_NAME, "main").text)
    row = next(r for r in driver.find_elements(By.CSS_SELECTOR, "main tr") if title in r.text)
    row.find_element(By.PARTIAL_LINK_TEXT, "Edit").click()
    untouched("the edit form of the hostile listing")
    check("the title is in its field as typed", driver.find_element(By.ID, "title").get_attribute("value") == title)
    check("the summary is in its field as typed", driver.find_element(By.ID, "summary").get_attribute("value") == PAYLOADS[4])
    axe("the edit form of the hostile listing")
finally:
    run.finish()
