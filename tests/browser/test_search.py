"""Browser test: search near a postcode in headless Chromium, check the results are ordered by
distance, open a detail page, use the keyboard, and run axe-core on every page visited."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC

from common import BASE, Run

run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe
try:
    driver.get(BASE + "/")
    check("search page has a heading", driver.find_element(By.TAG_NAME, "h1").text == "Find work experience")
    axe("/")

    # Keyboard: the first Tab reaches the skip link.
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    check("first Tab focuses the skip link", active.get_attribute("class") == "skip-link")

    near = driver.find_element(By.ID, "near")
    near.send_keys("NE1 4ST")
    near.send_keys(Keys.ENTER)
    wait.until(EC.url_contains("near="))
    wait.until(EC.presence_of_element_located((By.ID, "results")))
    check("the postcode stays in the form", driver.find_element(By.ID, "near").get_attribute("value") == "NE1 4ST")
    cards = driver.find_elements(By.CSS_SELECTOR, "#results article.card")
    check("results are shown", len(cards) > 0)
    distances = [float(c.get_attribute("data-distance-km")) for c in cards if c.get_attribute("data-distance-km")]
    check("in-person results are ordered by distance", distances == sorted(distances) and len(distances) > 0, str(distances))
    check("in-person results are within 25 km", all(d <= 25 for d in distances), str(distances))
    axe("/?near=NE1 4ST")

    first = cards[0].find_element(By.CSS_SELECTOR, "h3 a")
    title = first.text
    first.send_keys(Keys.ENTER)
    wait.until(EC.title_contains(title[:20]))
    check("the detail page opens", driver.find_element(By.TAG_NAME, "h1").text == title, driver.find_element(By.TAG_NAME, "h1").text)
    axe("detail page")

    # On a phone the results start soon after the four main questions (filters wait, closed),
    # and few Tab presses reach "Search".
    driver.set_window_size(390, 900)
    driver.get(BASE + "/?near=NE1+4ST")
    top = driver.execute_script("return document.getElementById('results').getBoundingClientRect().top + window.scrollY")
    check("on a phone the results start within 1,000 px (they started at 1,427 px)", top < 1000, f"{top} px")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    presses = 1
    while driver.switch_to.active_element.text != "Search" and presses < 40:
        driver.switch_to.active_element.send_keys(Keys.TAB)
        presses += 1
    check("Search is reached in at most 12 Tab presses", presses <= 12, f"{presses} presses")
    axe("/?near=NE1 4ST at 390 px")
    driver.set_window_size(1280, 1600)

    driver.get(BASE + "/?near=ZZ99+9ZZ")
    check("a bad postcode shows an error summary", "ZZ99 9ZZ" in driver.find_element(By.ID, "error-summary").text)
    axe("error page")

    driver.get(BASE + "/about")
    check("about page cites the Open Government Licence", "Open Government Licence" in driver.page_source)
    axe("/about")

    # The pages every public service publishes, reached from the footer, at desktop and phone widths.
    driver.get(BASE + "/")
    footer_links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "footer a")]
    for path, heading in [("/accessibility", "Accessibility statement"), ("/privacy", "Privacy notice"),
                          ("/cookies", "Cookies"), ("/contact", "Contact")]:
        check(f"the footer links to {path}", BASE + path in footer_links, str(footer_links))
        for width in (1280, 390):
            driver.set_window_size(width, 900)
            driver.get(BASE + path)
            check(f"{path} opens at {width} px", heading in driver.find_element(By.TAG_NAME, "h1").text)
            sideways = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            check(f"{path} does not scroll sideways at {width} px", sideways <= 0, f"{sideways} px too wide")
            axe(f"{path} at {width} px")
    driver.set_window_size(1280, 1600)
finally:
    run.finish()
