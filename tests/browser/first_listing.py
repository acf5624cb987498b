"""Scripted run: a first-time provider goes from a template to "submitted" (design-system issue:
at most 5 minutes). A headless browser does every step a person does on the real pages; the
time a person takes is modelled with the Keystroke-Level Model (Card, Moran and Newell, 1980)
at an ordinary office typist's speed, plus reading every label, hint, legend and reveal on the form,
and every answer on "Check your answers", once at 200 words a minute. The modelled minutes are printed and must stay within 5; the
figures go in BENCHMARKS.md.

Usage: WEXCHANGE_URL=http://127.0.0.1:8181 python tests/browser/first_listing.py (needs `serve --demo`)."""
import datetime
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from common import BASE, PASSWORDS, Run

# Keystroke-Level Model operators, in seconds.
K = 0.28   # one keystroke (an average non-secretarial typist, 40 words a minute)
P = 1.1    # point at something with the mouse
B = 0.2    # press and release the mouse button
H = 0.4    # move a hand between mouse and keyboard
M = 1.35   # mentally prepare for the next step
READING_WPM = 200
LIMIT_SECONDS = 5 * 60

run = Run()
driver, wait, check = run.driver, run.wait, run.check
seconds = 0.0
steps = {"fields": 0, "keystrokes": 0, "clicks": 0}


def click(element):
    global seconds
    seconds += M + H + P + B
    steps["clicks"] += 1
    element.click()


def type_into(element_id, text):
    """Click into a field and type, as a person does (the hand returns to the keyboard)."""
    global seconds
    element = driver.find_element(By.ID, element_id)
    seconds += M + H + P + B + H + K * len(text)
    steps["fields"] += 1
    steps["keystrokes"] += len(text)
    element.send_keys(text)


def choose(select_id, value):
    click(driver.find_element(By.ID, select_id))
    click(driver.find_element(By.CSS_SELECTOR, f'#{select_id} option[value="{value}"]'))


def read(selector):
    """The text of everything `selector` finds on the page, read once."""
    global seconds
    words = sum(len(re.findall(r"\w+", e.text)) for e in driver.find_elements(By.CSS_SELECTOR, selector))
    seconds += words / READING_WPM * 60
    return words


def read_form():
    """Every label, legend, hint and heading on the form, and the reveals' summaries."""
    return read("main label, main legend, main .hint, main h2, main summary")


try:
    driver.get(BASE + "/sign-in")
    driver.find_element(By.ID, "email").send_keys("provider-staff@demo.wexchange.test")
    driver.find_element(By.ID, "password").send_keys(PASSWORDS["provider-staff"])
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait.until(EC.url_contains("/home"))

    # From the start page: to the listings, then a template.
    click(driver.find_element(By.PARTIAL_LINK_TEXT, "Manage your listings"))
    click(driver.find_element(By.LINK_TEXT, "Work placement"))
    words = read_form()
    next_year = str(datetime.date.today().year + 1)
    type_into("title", "Engineering work placement")
    type_into("summary", "A week in our design office: shadow engineers, join a site visit and build a small project.")
    type_into("description", "Students spend five days with our design team in Newcastle. They help on a real project and present it on Friday.")
    choose("sector", "engineering-manufacturing")
    type_into("address", "Scotswood Road, Newcastle")
    type_into("postcode", "NE4 7AF")
    driver.find_element(By.ID, "capacity").clear()
    type_into("capacity", "4")
    for field, value in [("session_start_1", "14"), ("session_start_1-month", "6"), ("session_start_1-year", next_year),
                         ("session_end_1", "18"), ("session_end_1-month", "6"), ("session_end_1-year", next_year)]:
        type_into(field, value)
    click(driver.find_element(By.ID, "supervisor_dbs_checked"))
    click(driver.find_element(By.CSS_SELECTOR, 'button[name="intent"][value="check"]'))
    # "Check your answers": the person reads every answer once, then submits.
    wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Check your listing"))
    checked = read("main dt, main dd, main .summary-card h2")
    click(driver.find_element(By.CSS_SELECTOR, 'button[name="intent"][value="publish"]'))
    wait.until(EC.url_contains("done="))
    submitted = "waiting for a moderator" in driver.find_element(By.TAG_NAME, "main").text
    check("the listing is submitted", submitted, driver.current_url)
    minutes, rest = divmod(round(seconds), 60)
    print(f"Modelled time from the template to submitted: {minutes} min {rest} s "
          f"({steps['fields']} fields, {steps['keystrokes']} keystrokes, {steps['clicks']} clicks, "
          f"{words} words read on the form and {checked} on checking the answers)")
    check("a first listing takes at most 5 minutes", seconds <= LIMIT_SECONDS, f"{seconds:.0f} s")
finally:
    run.finish()
