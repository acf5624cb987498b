"""Browser test: search near a postcode in headless Chromium, check the results are ordered by
distance, open a detail page, use the keyboard, and run axe-core on every page visited."""
import os
import sys
import importlib.resources

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from selenium.webdriver.support import expected_conditions as EC

BASE = os.environ.get("WEXCHANGE_URL", "http://127.0.0.1:8080")
AXE_JS = (importlib.resources.files("axe_playwright_python") / "axe.min.js").read_text()

passed, failed = 0, 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"PASS {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def axe(driver, page):
    driver.execute_script(AXE_JS)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')));"
    )
    check(f"no axe-core violations on {page}", not result, "; ".join(result))


options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"]:
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 20)
try:
    driver.get(BASE + "/")
    check("search page has a heading", driver.find_element(By.TAG_NAME, "h1").text == "Find work experience")
    axe(driver, "/")

    # Keyboard: the first Tab reaches the skip link.
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    check("first Tab focuses the skip link", active.get_attribute("class") == "skip-link")

    near = driver.find_element(By.ID, "near")
    near.send_keys("NE1 4ST")
    near.send_keys(Keys.ENTER)
    wait.until(EC.presence_of_element_located((By.ID, "results")))
    check("the postcode stays in the form", driver.find_element(By.ID, "near").get_attribute("value") == "NE1 4ST")
    cards = driver.find_elements(By.CSS_SELECTOR, "#results article.card")
    check("results are shown", len(cards) > 0)
    distances = [float(c.get_attribute("data-distance-km")) for c in cards if c.get_attribute("data-distance-km")]
    check("in-person results are ordered by distance", distances == sorted(distances) and len(distances) > 0, str(distances))
    check("in-person results are within 25 km", all(d <= 25 for d in distances), str(distances))
    axe(driver, "/?near=NE1 4ST")

    first = cards[0].find_element(By.CSS_SELECTOR, "h3 a")
    title = first.text
    first.send_keys(Keys.ENTER)
    wait.until(EC.title_contains(title[:20]))
    check("the detail page opens", driver.find_element(By.TAG_NAME, "h1").text == title, driver.find_element(By.TAG_NAME, "h1").text)
    axe(driver, "detail page")

    driver.get(BASE + "/?near=ZZ99+9ZZ")
    check("a bad postcode shows an error summary", "ZZ99 9ZZ" in driver.find_element(By.ID, "error-summary").text)
    axe(driver, "error page")

    driver.get(BASE + "/about")
    check("about page cites the Open Government Licence", "Open Government Licence" in driver.page_source)
    axe(driver, "/about")
finally:
    driver.quit()

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
